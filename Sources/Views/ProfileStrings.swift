import Domain

/// The sentences of the optional personal fields, editing one's record, changing the
/// password and the history of changes to a record.
public struct ProfileStrings: Sendable {
    public var optionalHeading: String
    public var householdHead: String
    public var householdHeadHint: String
    public var ethnicity: String
    public var ethnicityHint: String
    public var citizenID: String
    public var citizenIDHint: String
    public var errorHouseholdHead: String
    public var errorEthnicity: String
    public var errorCitizenID: String
    public var household: String
    public var edit: String
    public var editTitle: String
    public var save: String
    public var saved: String
    public var changePassword: String
    public var currentPassword: String
    public var newPassword: String
    public var errorCurrentPassword: String
    public var passwordChanged: String
    public var history: String
    public var historyLead: String
    public var historyEmpty: String
    public var historyYou: String
    public var historySystem: String
    public var historyAction: @Sendable (String) -> String
    public var fieldName: @Sendable (String) -> String
    public var editResident: String
    public var editResidentLead: String
    public var issueCode: String

    public static let vietnamese = ProfileStrings(
        optionalHeading: "Thông tin thêm (không bắt buộc)",
        householdHead: "Họ tên chủ hộ",
        householdHeadHint: "Để trung tâm ghi nhận gia đình học tập. Nếu bạn là chủ hộ, ghi tên mình.",
        ethnicity: "Dân tộc",
        ethnicityHint: "Chỉ dùng cho báo cáo thống kê của xã, không hiển thị cho người khác.",
        citizenID: "Số CCCD (căn cước công dân)",
        citizenIDHint: """
            Không bắt buộc. Chỉ dùng để đối chiếu khi xã cấp giấy chứng nhận, danh hiệu Công dân học tập; \
            chỉ lưu khi bạn nhập, luôn hiển thị che (chỉ thấy 3 số cuối).
            """,
        errorHouseholdHead: "Họ tên chủ hộ tối đa 100 ký tự.",
        errorEthnicity: "Tên dân tộc tối đa 40 ký tự.",
        errorCitizenID: "Số CCCD gồm đúng 12 chữ số. Bỏ trống nếu không muốn khai.",
        household: "Hộ gia đình",
        edit: "Sửa thông tin",
        editTitle: "Sửa thông tin cá nhân",
        save: "Lưu thay đổi",
        saved: "Đã lưu thông tin.",
        changePassword: "Đổi mật khẩu",
        currentPassword: "Mật khẩu hiện tại",
        newPassword: "Mật khẩu mới",
        errorCurrentPassword: "Mật khẩu hiện tại không đúng.",
        passwordChanged: "Đã đổi mật khẩu. Các thiết bị khác đã được đăng xuất.",
        history: "Lịch sử thay đổi hồ sơ",
        historyLead: "Mọi thay đổi đối với hồ sơ của bạn: ai thay đổi, lúc nào, thay đổi gì (thông tin riêng được che).",
        historyEmpty: "Chưa có thay đổi nào.",
        historyYou: "Bạn",
        historySystem: "Hệ thống",
        historyAction: { action in
            switch action {
            case "create": "Tạo tài khoản"
            case "update": "Sửa thông tin"
            case "import": "Nhập từ danh sách"
            case "password-reset": "Cấp mã đặt lại mật khẩu"
            case "password-change": "Đổi mật khẩu"
            case "role": "Đổi vai trò"
            case "add-member": "Thêm vào hộ gia đình"
            case "remove-member": "Bỏ khỏi hộ gia đình"
            default: action
            }
        },
        fieldName: { key in
            switch key {
            case "ho_ten": "Họ tên"
            case "so_dien_thoai": "Số điện thoại"
            case "nam_sinh": "Năm sinh"
            case "gioi_tinh": "Giới tính"
            case "thon": "Thôn"
            case "nhom": "Nhóm"
            case "chu_ho": "Chủ hộ"
            case "dan_toc": "Dân tộc"
            case "cccd": "CCCD"
            case "vai_tro": "Vai trò"
            case "ho_gia_dinh": "Hộ gia đình (chủ hộ)"
            default: key
            }
        },
        editResident: "Hồ sơ người dân",
        editResidentLead: "Sửa khi người dân có mặt hoặc đề nghị. Mỗi thay đổi được ghi vào nhật ký và người dân xem được.",
        issueCode: "In mã đặt mật khẩu"
    )

    public static let english = ProfileStrings(
        optionalHeading: "More about you (optional)",
        householdHead: "Head of household's full name",
        householdHeadHint: "So the centre can record learning families. If you are the head, write your own name.",
        ethnicity: "Ethnicity",
        ethnicityHint: "Only for the commune's statistics; never shown to others.",
        citizenID: "Citizen ID number (CCCD)",
        citizenIDHint: """
            Optional. Only used to check identity when the commune awards certificates and the Learning Citizen title; \
            kept only if you enter it, always shown masked (last 3 digits).
            """,
        errorHouseholdHead: "The head of household's name has at most 100 characters.",
        errorEthnicity: "Ethnicity has at most 40 characters.",
        errorCitizenID: "A CCCD number has exactly 12 digits. Leave it empty if you prefer not to give it.",
        household: "Household",
        edit: "Edit my details",
        editTitle: "Edit my details",
        save: "Save changes",
        saved: "Your details are saved.",
        changePassword: "Change password",
        currentPassword: "Current password",
        newPassword: "New password",
        errorCurrentPassword: "The current password is not right.",
        passwordChanged: "Password changed. Your other devices have been signed out.",
        history: "History of changes to your record",
        historyLead: "Every change to your record: who made it, when, and what changed (private details masked).",
        historyEmpty: "No changes yet.",
        historyYou: "You",
        historySystem: "System",
        historyAction: { action in
            switch action {
            case "create": "Account created"
            case "update": "Details changed"
            case "import": "Imported from a list"
            case "password-reset": "Password reset code issued"
            case "password-change": "Password changed"
            case "role": "Role changed"
            case "add-member": "Added to a household"
            case "remove-member": "Removed from a household"
            default: action
            }
        },
        fieldName: { key in
            switch key {
            case "ho_ten": "Name"
            case "so_dien_thoai": "Phone"
            case "nam_sinh": "Birth year"
            case "gioi_tinh": "Sex"
            case "thon": "Village"
            case "nhom": "Group"
            case "chu_ho": "Head of household"
            case "dan_toc": "Ethnicity"
            case "cccd": "CCCD"
            case "vai_tro": "Role"
            case "ho_gia_dinh": "Household (head)"
            default: key
            }
        },
        editResident: "Resident record",
        editResidentLead: "Edit when the resident is present or asks. Every change is logged and the resident can see it.",
        issueCode: "Print a password code"
    )
}
