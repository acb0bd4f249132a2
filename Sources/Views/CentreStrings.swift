/// The sentences of the pages that run the centre itself: households, staff accounts and
/// the centre's settings, and the contact line of the footer.
public struct CentreStrings: Sendable {
    public var households: String
    public var householdsLead: String
    public var householdTitle: @Sendable (_ head: String) -> String
    public var headName: String
    public var address: String
    public var memberCount: String
    public var noHouseholds: String
    public var addHousehold: String
    public var householdDetails: String
    public var members: String
    public var noMembers: String
    public var removeMember: String
    public var removeMemberOf: @Sendable (_ name: String) -> String
    public var addMember: String
    public var addMemberHint: String
    public var add: String
    public var addNamed: @Sendable (_ name: String) -> String
    public var suggestions: String
    public var suggestionsLead: @Sendable (_ head: String) -> String
    public var noSuggestions: String
    public var declaredHead: String
    public var saved: String
    public var chooseVillage: String
    public var errorHeadName: String
    public var errorVillage: String
    public var errorAddress: String
    public var errorAlreadyMember: String
    public var errorInAnotherHousehold: @Sendable (_ head: String, _ village: String?) -> String
    public var staff: String
    public var staffLead: String
    public var noStaff: String
    public var giveRole: String
    public var giveRoleLead: String
    public var roleChanged: @Sendable (_ name: String, _ role: String) -> String
    public var chooseRole: String
    public var errorRole: String
    public var errorOwnRole: String
    public var errorLastAdministrator: String
    public var settings: String
    public var settingsLead: String
    public var communeName: String
    public var centreName: String
    public var centrePhone: String
    public var director: String
    public var settingsSaved: String
    public var errorRequired: String
    public var errorTooLong: String
    public var footerAddress: String
    public var footerPhone: String

    public static let vietnamese = CentreStrings(
        households: "Hộ gia đình",
        householdsLead: "Các hộ gia đình của xã theo thôn. Gắn người dân vào hộ để xét danh hiệu Gia đình học tập.",
        householdTitle: { head in "Hộ \(head)" },
        headName: "Họ tên chủ hộ",
        address: "Địa chỉ",
        memberCount: "Số thành viên",
        noHouseholds: "Chưa có hộ nào.",
        addHousehold: "Thêm hộ",
        householdDetails: "Thông tin hộ",
        members: "Thành viên",
        noMembers: "Hộ chưa có thành viên nào trên hệ thống.",
        removeMember: "Bỏ khỏi hộ",
        removeMemberOf: { name in "Bỏ khỏi hộ: \(name)" },
        addMember: "Thêm thành viên",
        addMemberHint: "Số điện thoại của người đã có tài khoản (tự đăng ký hoặc được cán bộ đăng ký giúp).",
        add: "Thêm vào hộ",
        addNamed: { name in "Thêm vào hộ: \(name)" },
        suggestions: "Gợi ý",
        suggestionsLead: { head in "Người cùng thôn, chưa thuộc hộ nào, khi đăng ký đã khai chủ hộ là “\(head)”." },
        noSuggestions: "Không có gợi ý nào.",
        declaredHead: "Chủ hộ đã khai",
        saved: "Đã lưu.",
        chooseVillage: "Chọn thôn",
        errorHeadName: "Hãy nhập họ tên chủ hộ (tối đa 120 ký tự).",
        errorVillage: "Hãy chọn thôn (ấp, bản, tổ dân phố) của hộ.",
        errorAddress: "Địa chỉ tối đa 120 ký tự.",
        errorAlreadyMember: "Người này đã là thành viên của hộ.",
        errorInAnotherHousehold: { head, village in
            "Người này đã thuộc hộ \(head)\(village.map { " (\($0))" } ?? ""). Hãy bỏ họ khỏi hộ đó trước."
        },
        staff: "Tài khoản cán bộ",
        staffLead: "Những người có vai trò giảng viên, cán bộ hoặc quản trị. Vai trò mới có hiệu lực ngay ở lần mở trang tiếp theo.",
        noStaff: "Chưa có tài khoản cán bộ nào.",
        giveRole: "Cấp vai trò",
        giveRoleLead: "Người được cấp phải có tài khoản (tự đăng ký hoặc được đăng ký giúp). Chọn “Người dân” để thu hồi quyền.",
        roleChanged: { name, role in "Đã đổi vai trò của \(name) thành “\(role)”." },
        chooseRole: "Chọn vai trò",
        errorRole: "Hãy chọn một vai trò.",
        errorOwnRole: "Bạn không thể tự hạ vai trò của chính mình. Hãy nhờ một quản trị viên khác.",
        errorLastAdministrator: "Đây là quản trị viên duy nhất: không thể hạ vai trò, nếu không sẽ không còn ai quản trị trung tâm. Hãy cấp quyền quản trị cho một người khác trước.",
        settings: "Cài đặt trung tâm",
        settingsLead: "Tên và thông tin liên hệ hiện ở đầu và cuối mọi trang và trên các bản in.",
        communeName: "Tên xã, phường",
        centreName: "Tên trung tâm",
        centrePhone: "Số điện thoại của trung tâm",
        director: "Giám đốc (người phụ trách)",
        settingsSaved: "Đã lưu. Mọi trang hiện thông tin mới ngay từ bây giờ.",
        errorRequired: "Không được để trống (tối đa 120 ký tự).",
        errorTooLong: "Tối đa 120 ký tự.",
        footerAddress: "Địa chỉ",
        footerPhone: "Điện thoại"
    )

    public static let english = CentreStrings(
        households: "Households",
        householdsLead: "The commune's households by village. Link residents to their household for the learning-family title.",
        householdTitle: { head in "Household of \(head)" },
        headName: "Head of household",
        address: "Address",
        memberCount: "Members",
        noHouseholds: "No households yet.",
        addHousehold: "Add household",
        householdDetails: "Household details",
        members: "Members",
        noMembers: "No member of this household has an account yet.",
        removeMember: "Remove from household",
        removeMemberOf: { name in "Remove from household: \(name)" },
        addMember: "Add a member",
        addMemberHint: "The phone number of someone with an account (registered by themselves or with staff help).",
        add: "Add to household",
        addNamed: { name in "Add to household: \(name)" },
        suggestions: "Suggestions",
        suggestionsLead: { head in "People of the same village, in no household yet, who gave “\(head)” as their head of household." },
        noSuggestions: "No suggestions.",
        declaredHead: "Head they gave",
        saved: "Saved.",
        chooseVillage: "Choose the village",
        errorHeadName: "Please enter the head of household's full name (at most 120 characters).",
        errorVillage: "Please choose the household's village.",
        errorAddress: "The address can have at most 120 characters.",
        errorAlreadyMember: "This person is already a member of the household.",
        errorInAnotherHousehold: { head, village in
            "This person already belongs to the household of \(head)\(village.map { " (\($0))" } ?? ""). Remove them there first."
        },
        staff: "Staff accounts",
        staffLead: "Everyone who is an instructor, staff member or administrator. A new role applies from the next page they open.",
        noStaff: "No staff accounts yet.",
        giveRole: "Give a role",
        giveRoleLead: "The person needs an account (registered by themselves or with staff help). Choose “Resident” to take a role away.",
        roleChanged: { name, role in "\(name) is now “\(role)”." },
        chooseRole: "Choose a role",
        errorRole: "Please choose a role.",
        errorOwnRole: "You cannot lower your own role. Ask another administrator.",
        errorLastAdministrator: "This is the only administrator: demoting them would leave nobody to run the centre. Make someone else an administrator first.",
        settings: "Centre settings",
        settingsLead: "The names and contact details shown at the top and bottom of every page and on printouts.",
        communeName: "Commune or ward name",
        centreName: "Centre name",
        centrePhone: "Centre phone number",
        director: "Director (person in charge)",
        settingsSaved: "Saved. Every page shows the new details from now on.",
        errorRequired: "This cannot be empty (at most 120 characters).",
        errorTooLong: "At most 120 characters.",
        footerAddress: "Address",
        footerPhone: "Phone"
    )
}
