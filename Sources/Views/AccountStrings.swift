import Domain

/// The sentences of sign-up, sign-in, the profile and the admin dashboard.
public struct AccountStrings: Sendable {
    public var signIn: String
    public var signOut: String
    public var signOutEverywhere: String
    public var signedOutEverywhere: @Sendable (Int) -> String
    public var register: String
    public var registerLead: String
    public var profile: String
    /// The profile's short name in the header, so a signed-in header fits two rows at 360 px.
    public var navProfile: String
    public var admin: String
    public var phone: String
    public var phoneHint: String
    public var password: String
    public var passwordHint: String
    public var fullName: String
    public var birthYear: String
    public var sex: String
    public var group: String
    public var village: String
    public var villageNone: String
    public var errorVillage: String
    public var groupNone: String
    public var consent: String
    public var consentPurpose: String
    public var submitRegister: String
    public var submitSignIn: String
    public var noAccount: String
    public var haveAccount: String
    public var role: String
    public var consentGiven: String
    public var myData: String
    public var assisted: String
    public var fixErrors: String
    public var errorPhone: String
    public var errorPhoneTaken: String
    public var errorName: String
    public var errorBirthYear: String
    public var errorConsent: String
    public var errorCredentials: String
    public var errorForm: String
    public var errorWait: @Sendable (Int64) -> String
    public var errorLocked: @Sendable (String) -> String
    public var dashboardLead: String
    public var dashboardPeople: String
    public var dashboardCourses: String
    public var setPassword: String
    public var setPasswordLead: String
    public var setupCode: String
    public var errorSetupCode: String
    public var assistedTitle: String
    public var assistedLead: String
    public var assistedConsent: String
    public var resetTitle: String
    public var resetLead: String
    public var resetSubmit: String
    public var errorUnknownPhone: String
    public var slipTitle: String
    public var slipInstructions: String
    public var slipExpires: String
    public var print: String
    public var passwordProblem: @Sendable (PasswordPolicy.Problem) -> String
    public var roleName: @Sendable (Role) -> String
    public var sexName: @Sendable (Sex) -> String

    public static let vietnamese = AccountStrings(
        signIn: "Đăng nhập",
        signOut: "Đăng xuất",
        signOutEverywhere: "Đăng xuất khỏi mọi thiết bị",
        signedOutEverywhere: { count in "Đã đăng xuất khỏi \(count) phiên đăng nhập khác." },
        register: "Đăng ký tài khoản",
        registerLead: "Chỉ cần số điện thoại và mật khẩu, không cần thư điện tử. Cán bộ trung tâm có thể đăng ký giúp nếu bạn không có điện thoại thông minh.",
        profile: "Trang cá nhân",
        navProfile: "Cá nhân",
        admin: "Quản trị",
        phone: "Số điện thoại",
        phoneHint: "Ví dụ: 0912 345 678",
        password: "Mật khẩu",
        passwordHint: "Ít nhất 8 ký tự. Nên dùng một câu ngắn dễ nhớ. Không ai (kể cả cán bộ) được hỏi mật khẩu của bạn.",
        fullName: "Họ và tên",
        birthYear: "Năm sinh",
        sex: "Giới tính",
        group: "Nhóm đối tượng",
        village: "Thôn, ấp, bản, tổ dân phố",
        villageNone: "Chọn nơi ở",
        errorVillage: "Hãy chọn thôn (ấp, bản, tổ dân phố) nơi bạn ở.",
        groupNone: "Chưa chọn",
        consent: "Tôi đồng ý để trung tâm lưu và xử lý các thông tin trên.",
        consentPurpose: "Mục đích: ghi nhận việc học, điểm danh, điểm tích lũy và chuẩn bị tự đánh giá Công dân học tập; lập báo cáo thống kê của xã. Thông tin không được chia sẻ cho bên khác. Bạn xem và tải toàn bộ dữ liệu của mình trong trang cá nhân.",
        submitRegister: "Tạo tài khoản",
        submitSignIn: "Đăng nhập",
        noAccount: "Chưa có tài khoản? Đăng ký",
        haveAccount: "Đã có tài khoản? Đăng nhập",
        role: "Vai trò",
        consentGiven: "Đồng ý xử lý dữ liệu lúc",
        myData: "Tải toàn bộ dữ liệu của tôi",
        assisted: "Được cán bộ đăng ký giúp",
        fixErrors: "Hãy sửa các mục được đánh dấu bên dưới.",
        errorPhone: "Số điện thoại chưa đúng: cần 10 chữ số, bắt đầu bằng 0.",
        errorPhoneTaken: "Số điện thoại này đã có tài khoản. Hãy đăng nhập, hoặc nhờ cán bộ trung tâm cấp lại mật khẩu.",
        errorName: "Hãy nhập họ và tên (tối đa 100 ký tự).",
        errorBirthYear: "Năm sinh chưa đúng (ví dụ 1975).",
        errorConsent: "Cần bạn đồng ý thì trung tâm mới lưu được thông tin.",
        errorCredentials: "Số điện thoại hoặc mật khẩu không đúng.",
        errorForm: "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi thử lại.",
        errorWait: { seconds in "Bạn đã nhập sai nhiều lần. Hãy đợi \(seconds) giây rồi thử lại." },
        errorLocked: { time in "Đăng nhập bằng số này tạm khóa đến \(time) vì nhập sai quá nhiều lần. Nếu quên mật khẩu, hãy nhờ cán bộ trung tâm cấp lại." },
        dashboardLead: "Tổng quan trung tâm.",
        dashboardPeople: "Tài khoản",
        dashboardCourses: "Khóa học trong thư viện",
        setPassword: "Đặt mật khẩu",
        setPasswordLead: "Nhập số điện thoại, mã một lần cán bộ trung tâm đã in cho bạn, và mật khẩu mới.",
        setupCode: "Mã một lần",
        errorSetupCode: "Số điện thoại hoặc mã không đúng, hoặc mã đã hết hạn. Hãy nhờ cán bộ trung tâm in mã mới.",
        assistedTitle: "Đăng ký giúp người dân",
        assistedLead: "Cho người dân chưa có điện thoại thông minh. Đọc mục đích xử lý dữ liệu cho người dân nghe và chỉ đăng ký khi họ đồng ý. Máy sẽ in một mã một lần để người dân tự đặt mật khẩu sau.",
        assistedConsent: "Người dân đã nghe mục đích và đồng ý để trung tâm lưu và xử lý thông tin.",
        resetTitle: "Cấp lại mật khẩu",
        resetLead: "Người dân quên mật khẩu: kiểm tra giấy tờ, rồi in mã một lần để họ đặt mật khẩu mới. Mật khẩu cũ vẫn dùng được cho đến khi mã được dùng.",
        resetSubmit: "In mã một lần",
        errorUnknownPhone: "Không có tài khoản nào với số điện thoại này.",
        slipTitle: "Phiếu đặt mật khẩu",
        slipInstructions: "Trên điện thoại hoặc máy tính, mở trang dưới đây, nhập số điện thoại, mã một lần và mật khẩu mới. Không đưa mã này cho ai khác.",
        slipExpires: "Mã dùng được một lần, đến hết",
        print: "In phiếu",
        passwordProblem: { problem in
            switch problem {
            case .tooShort: "Mật khẩu cần ít nhất \(PasswordPolicy.minimumLength) ký tự."
            case .tooLong: "Mật khẩu dài quá \(PasswordPolicy.maximumLength) ký tự."
            case .tooEasy: "Mật khẩu này quá dễ đoán. Hãy chọn mật khẩu khác, ví dụ một câu ngắn dễ nhớ."
            case .isPhoneNumber: "Không dùng số điện thoại làm mật khẩu."
            }
        },
        roleName: { $0.vietnameseName },
        sexName: { $0.vietnameseName }
    )

    public static let english = AccountStrings(
        signIn: "Sign in",
        signOut: "Sign out",
        signOutEverywhere: "Sign out on every device",
        signedOutEverywhere: { count in count == 1 ? "Signed out of 1 other session." : "Signed out of \(count) other sessions." },
        register: "Create an account",
        registerLead: "A phone number and a password are enough; no e-mail needed. Centre staff can register you if you have no smartphone.",
        profile: "My profile",
        navProfile: "Me",
        admin: "Admin",
        phone: "Phone number",
        phoneHint: "For example: 0912 345 678",
        password: "Password",
        passwordHint: "At least 8 characters; a short sentence is easy to remember. Nobody, staff included, may ask for your password.",
        fullName: "Full name",
        birthYear: "Year of birth",
        sex: "Sex",
        group: "Target group",
        village: "Village",
        villageNone: "Choose where you live",
        errorVillage: "Please choose the village where you live.",
        groupNone: "Not chosen",
        consent: "I agree that the centre stores and processes the information above.",
        consentPurpose: "Purpose: recording learning, attendance, points and preparing the learning-citizen self-assessment; the commune's statistical reports. It is not shared with anyone else. You can see and download all your data on your profile.",
        submitRegister: "Create account",
        submitSignIn: "Sign in",
        noAccount: "No account yet? Register",
        haveAccount: "Already registered? Sign in",
        role: "Role",
        consentGiven: "Consent given at",
        myData: "Download all my data",
        assisted: "Registered by centre staff",
        fixErrors: "Please correct the marked fields below.",
        errorPhone: "That phone number is not right: 10 digits starting with 0.",
        errorPhoneTaken: "This phone number already has an account. Sign in, or ask the centre's staff to reset the password.",
        errorName: "Please enter your full name (at most 100 characters).",
        errorBirthYear: "That year of birth is not right (for example 1975).",
        errorConsent: "The centre can keep your information only with your consent.",
        errorCredentials: "Wrong phone number or password.",
        errorForm: "The form has expired or is not valid. Reload the page and try again.",
        errorWait: { seconds in "Too many wrong attempts. Wait \(seconds) seconds and try again." },
        errorLocked: { time in "Signing in with this number is locked until \(time) after too many wrong attempts. If you forgot your password, ask the centre's staff to reset it." },
        dashboardLead: "The centre at a glance.",
        dashboardPeople: "Accounts",
        dashboardCourses: "Courses in the library",
        setPassword: "Set your password",
        setPasswordLead: "Enter your phone number, the one-time code the centre's staff printed for you, and a new password.",
        setupCode: "One-time code",
        errorSetupCode: "Wrong phone number or code, or the code has expired. Ask the centre's staff for a new one.",
        assistedTitle: "Register a resident",
        assistedLead: "For residents without a smartphone. Read the purpose of the data processing to them and register only with their consent. A one-time code is printed for them to set a password later.",
        assistedConsent: "The resident heard the purpose and agrees that the centre stores and processes the information.",
        resetTitle: "Reset a password",
        resetLead: "A resident forgot their password: check their papers, then print a one-time code for a new password. The old password works until the code is used.",
        resetSubmit: "Print a one-time code",
        errorUnknownPhone: "No account has this phone number.",
        slipTitle: "Password slip",
        slipInstructions: "On a phone or computer, open the page below, enter the phone number, the one-time code and a new password. Give this code to nobody else.",
        slipExpires: "The code works once, until",
        print: "Print",
        passwordProblem: { problem in
            switch problem {
            case .tooShort: "The password needs at least \(PasswordPolicy.minimumLength) characters."
            case .tooLong: "The password is longer than \(PasswordPolicy.maximumLength) characters."
            case .tooEasy: "This password is too easy to guess. Choose another, for example a short sentence."
            case .isPhoneNumber: "Do not use your phone number as the password."
            }
        },
        roleName: { $0.englishName },
        sexName: { $0.englishName }
    )
}
