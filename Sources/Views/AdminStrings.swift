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
    public var residents: String
    public var residentsLead: String
    public var filter: String
    public var allVillages: String
    public var allGroups: String
    public var exportCSV: String
    public var noResidents: String
    public var residentCount: @Sendable (Int) -> String
    public var mergeHeading: String
    public var mergeHint: String
    public var mergeInto: String
    public var mergeSubmit: String
    public var merged: @Sendable (_ source: String, _ moved: Int) -> String
    public var errorMergeTarget: String
    public var searchName: String
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
        residents: "Người dân",
        residentsLead: "Tìm theo tên (gõ không dấu cũng được) hoặc số điện thoại, lọc theo thôn và nhóm.",
        filter: "Lọc",
        allVillages: "Tất cả các thôn",
        allGroups: "Tất cả các nhóm",
        exportCSV: "Tải danh sách (CSV cho Excel)",
        noResidents: "Không có người dân nào khớp.",
        residentCount: { "\($0) người dân" },
        mergeHeading: "Sáp nhập vào thôn khác",
        mergeHint: "Người dân và hộ gia đình của thôn này chuyển sang thôn được chọn; tên thôn này được giữ làm tên cũ của thôn đó.",
        mergeInto: "Sáp nhập vào",
        mergeSubmit: "Sáp nhập",
        merged: { source, moved in "Đã sáp nhập \(source); chuyển \(moved) người dân." },
        errorMergeTarget: "Hãy chọn thôn nhận sáp nhập.",
        searchName: "Tên hoặc số điện thoại",
        auditAction: { action in
            switch action {
            case "create": "Tạo mới"
            case "update": "Sửa"
            case "delete": "Xóa"
            case "import": "Nhập từ tệp CSV"
            case "export": "Tải danh sách"
            case "password-reset": "Cấp mã đặt lại mật khẩu"
            case "password-change": "Đổi mật khẩu"
            case "role": "Đổi vai trò"
            case "add-member": "Thêm thành viên hộ"
            case "remove-member": "Bỏ thành viên khỏi hộ"
            case "merge": "Sáp nhập"
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
        residents: "Residents",
        residentsLead: "Search by name (accents optional) or phone number, filter by village and group.",
        filter: "Filter",
        allVillages: "All villages",
        allGroups: "All groups",
        exportCSV: "Download the list (CSV for Excel)",
        noResidents: "No resident matches.",
        residentCount: { $0 == 1 ? "1 resident" : "\($0) residents" },
        mergeHeading: "Merge into another village",
        mergeHint: "This village's residents and households move to the chosen village; this name is kept as one of its former names.",
        mergeInto: "Merge into",
        mergeSubmit: "Merge",
        merged: { source, moved in "Merged \(source); \(moved) residents moved." },
        errorMergeTarget: "Please choose the village to merge into.",
        searchName: "Name or phone number",
        auditAction: { action in
            switch action {
            case "create": "Created"
            case "update": "Changed"
            case "delete": "Deleted"
            case "import": "Imported from CSV"
            case "export": "List downloaded"
            case "password-reset": "Password reset code issued"
            case "password-change": "Password changed"
            case "role": "Role changed"
            case "add-member": "Household member added"
            case "remove-member": "Household member removed"
            case "merge": "Merged"
            default: action
            }
        }
    )
}
