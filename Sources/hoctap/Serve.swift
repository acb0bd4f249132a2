import ArgumentParser
import Foundation
import Logging
import MicroHTTP
import Storage
import Views
import Web

/// `hoctap serve` (the default): open the database, load the courses, serve until stopped.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Chạy máy chủ web (mặc định). (Run the web server; the default command.)")

    @OptionGroup var storage: StorageOptions

    @Option(help: "Địa chỉ lắng nghe; 0.0.0.0 để máy khác trong mạng truy cập. (Listen address; default 127.0.0.1)")
    var host: String?

    @Option(help: "Cổng lắng nghe; 0 để chọn cổng trống. (Port; default 8080)")
    var port: Int?

    @Option(help: "Thư mục nội dung khóa học. (Course content folder; default ./Course)")
    var courses: String?

    @Option(help: "Thư mục tệp tĩnh: CSS, biểu tượng. (Static files folder; default ./Public)")
    var `public`: String?

    @Option(help: "Tên xã hiển thị trên trang. (Commune name shown on every page)")
    var communeName: String?

    @Option(help: "Tên trung tâm hiển thị trên trang. (Centre name shown on every page)")
    var centreName: String?

    @Option(help: "Địa chỉ công khai của trang, để chia sẻ liên kết lên Zalo, Facebook. (Public URL, e.g. https://hoctap.example.vn)")
    var publicURL: String?

    @Option(help: "Số luồng xử lý; mặc định bằng số nhân CPU. (Worker threads; default: the number of cores)")
    var threads: Int?

    @Option(help: "Chứng chỉ TLS (PEM) để phục vụ HTTPS. (TLS certificate chain, PEM; with --tls-key)")
    var tlsCert: String?

    @Option(help: "Khóa riêng TLS (PEM). (TLS private key, PEM; with --tls-cert)")
    var tlsKey: String?

    @Flag(help: "Chế độ trình diễn: dữ liệu mẫu, có ghi chú trên mọi trang. (Demo mode: sample data, marked on every page)")
    var demo = false

    func run() throws {
        try storage.bootstrapLogging()
        let configuration = try Configuration(serve: self)
        try Application.run(configuration)
    }
}
