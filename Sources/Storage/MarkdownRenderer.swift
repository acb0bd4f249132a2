import CCmarkGFM
import Domain

/// Renders Markdown with cmark-gfm: CommonMark plus GitHub tables, raw HTML omitted
/// (cmark's default "safe" behaviour), smart punctuation off so text stays as written.
public enum MarkdownRenderer {
    private static let registerExtensions: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    /// HTML for display and plain text for search and previews.
    public static func render(_ markdown: String) -> RenderedText {
        _ = registerExtensions
        let options = CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { return RenderedText(html: "", plainText: "") }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let extensionHandle = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionHandle)
            }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        guard let document = cmark_parser_finish(parser) else { return RenderedText(html: "", plainText: "") }
        defer { cmark_node_free(document) }
        let extensions = cmark_parser_get_syntax_extensions(parser)
        let html = take(cmark_render_html(document, options, extensions))
        let text = take(cmark_render_plaintext(document, options, 0))
        return RenderedText(html: html, plainText: flatten(text))
    }

    /// One line of prose: table pipes and line breaks become single spaces, so previews and
    /// search excerpts read as sentences.
    static func flatten(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "|" || scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
                || (!scalar.isASCII && scalar.properties.isWhitespace) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                TextFolding.appendUTF8(scalar, to: &bytes)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

#if canImport(Glibc)
import Glibc
#endif
