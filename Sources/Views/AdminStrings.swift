import Domain

/// The sentences of the admin section's pages.
public struct AdminStrings: Sendable {
    public var villages: String
    public var villagesLead: String
    public var villageName: String
    public var villageKind: String
    public var formerNames: String
    public var addVillage: String
    public var save: String
    public var edit: String
    public var noVillages: String
    public var villageSaved: String
    public var errorVillageName: String
    public var errorVillageTaken: String
    public var auditLog: String
    public var auditLead: String
    public var auditWhen: String
    public var auditWho: String
    public var auditWhere: String
    public var auditWhat: String
    public var auditChange: String
    public var auditEmpty: String
    public var auditAction: @Sendable (String) -> String

    public static let vietnamese = AdminStrings(
        villages: "Thôn, ấp, bản, tổ dân phố",
        villagesLead: "Danh sách các thôn của xã. Khi đổi tên hoặc sáp nhập, tên cũ được giữ lại để tra cứu hồ sơ cũ.",
        villageName: "Tên",
        villageKind: "Loại",
        formerNames: "Tên cũ",
        addVillage: "Thêm thôn",
        save: "Lưu",
        edit: "Sửa",
        noVillages: "Chưa có thôn nào. Hãy thêm các thôn của xã.",
        villageSaved: "Đã lưu.",
        errorVillageName: "Hãy nhập tên (tối đa 100 ký tự).",
        errorVillageTaken: "Đã có thôn mang tên này.",
        auditLog: "Nhật ký thay đổi",
        auditLead: "Mọi thay đổi của cán bộ: ai, lúc nào, từ đâu, thay đổi gì.",
        auditWhen: "Lúc",
        auditWho: "Người thực hiện",
        auditWhere: "Từ địa chỉ",
        auditWhat: "Nội dung",
        auditChange: "Trước → sau",
        auditEmpty: "Chưa có thay đổi nào.",
        auditAction: { action in
            switch action {
            case "create": "Tạo mới"
            case "update": "Sửa"
            case "delete": "Xóa"
            default: action
            }
        }
    )

    public static let english = AdminStrings(
        villages: "Villages",
        villagesLead: "The commune's villages. When one is renamed or merged, the old name is kept for old records.",
        villageName: "Name",
        villageKind: "Kind",
        formerNames: "Former names",
        addVillage: "Add village",
        save: "Save",
        edit: "Edit",
        noVillages: "No villages yet. Add the commune's villages.",
        villageSaved: "Saved.",
        errorVillageName: "Please enter a name (at most 100 characters).",
        errorVillageTaken: "A village with this name exists already.",
        auditLog: "Audit log",
        auditLead: "Every change made by staff: who, when, from where, what.",
        auditWhen: "When",
        auditWho: "Who",
        auditWhere: "From",
        auditWhat: "What",
        auditChange: "Before → after",
        auditEmpty: "No changes yet.",
        auditAction: { action in
            switch action {
            case "create": "Created"
            case "update": "Changed"
            case "delete": "Deleted"
            default: action
            }
        }
    )
}
