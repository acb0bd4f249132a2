import ArgumentParser

/// The command line: `hoctap` (= `hoctap serve`), `hoctap migrate` and the admin jobs.
struct HocTap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hoctap",
        abstract: "HocTap: máy chủ của trung tâm học tập số của xã (the commune's digital learning centre).",
        discussion: """
        Mọi tùy chọn cũng đọc được từ biến môi trường cùng tên: --port ↔ HOCTAP_PORT, \
        --commune-name ↔ HOCTAP_COMMUNE_NAME, … Tùy chọn trên dòng lệnh được ưu tiên.
        Every option can also be set by an environment variable of the same name \
        (--port ↔ HOCTAP_PORT); the command line wins.
        """,
        subcommands: [Serve.self, Migrate.self, CreateAdmin.self, Backup.self, DemoData.self],
        defaultSubcommand: Serve.self
    )
}
