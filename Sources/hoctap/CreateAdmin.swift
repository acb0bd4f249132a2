import ArgumentParser
import Credentials
import Domain
import Foundation
import Logging
import Storage
import Views
#if canImport(Glibc)
import Glibc
#endif

/// `hoctap create-admin`: the first administrator, who then manages everyone else.
struct CreateAdmin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create-admin",
        abstract: "Tạo tài khoản quản trị. Mật khẩu được hỏi khi chạy, hoặc đọc từ biến HOCTAP_ADMIN_PASSWORD. (Create an administrator.)")

    @OptionGroup var storage: StorageOptions

    @Option(help: "Số điện thoại đăng nhập. (Phone number used to sign in)")
    var phone: String

    @Option(help: "Họ và tên. (Full name)")
    var name: String

    func run() throws {
        try storage.bootstrapLogging()
        guard let number = PhoneNumber(phone) else {
            throw ValidationError("số điện thoại \"\(phone)\" chưa đúng: cần 10 chữ số, bắt đầu bằng 0")
        }
        let fullName = name.trimmingSpaces
        guard !fullName.isEmpty else { throw ValidationError("cần họ và tên (--name)") }
        let password = try Environment.value("HOCTAP_ADMIN_PASSWORD") ?? askPassword()
        if let problem = PasswordPolicy.problem(with: password, phone: number) {
            throw ValidationError(AccountStrings.vietnamese.passwordProblem(problem))
        }
        let database = try AppDatabase.open(path: storage.databasePath)
        let hash = try PasswordHasher.standard.hash(password)
        do {
            let person = try database.createPerson(
                NewPerson(phone: number, fullName: fullName, role: .admin, passwordHash: hash),
                now: Int64(Date().timeIntervalSince1970), address: "hoctap create-admin")
            Logger(label: "hoctap").notice("đã tạo quản trị \(person.fullName), đăng nhập bằng \(person.phone) — administrator created")
        } catch PeopleError.phoneTaken {
            throw ValidationError("số \(number) đã có tài khoản (phone number already registered)")
        }
    }

    /// Reads the password twice from the terminal without echo.
    private func askPassword() throws -> String {
        guard isatty(STDIN_FILENO) != 0 else {
            throw ValidationError("không có terminal để hỏi mật khẩu: đặt biến HOCTAP_ADMIN_PASSWORD (no terminal: set HOCTAP_ADMIN_PASSWORD)")
        }
        let first = readHidden("Mật khẩu (password): ")
        let second = readHidden("Nhập lại (again): ")
        guard first == second else { throw ValidationError("hai lần nhập không khớp (passwords differ)") }
        return first
    }

    private func readHidden(_ prompt: String) -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var original = termios()
        tcgetattr(STDIN_FILENO, &original)
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
