import Routes

/// Form pieces: labelled fields that keep what was typed and show their error next to them.
enum Forms {
    /// The hidden anti-forgery field every state-changing form carries.
    static func csrf(_ token: String) -> HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(token)\">"
    }

    static func field(_ name: String, label: String, value: String = "", type: String = "text", error: String? = nil,
                      hint: String? = nil, attributes: HTML = "") -> HTML {
        let describedBy = [hint.map { _ in "\(name)-goi-y" }, error.map { _ in "\(name)-loi" }].compactMap { $0 }
        let described: HTML = describedBy.isEmpty ? "" : " aria-describedby=\"\(describedBy.joined(separator: " "))\""
        let invalid: HTML = error == nil ? "" : " aria-invalid=\"true\""
        let hintHTML: HTML = hint.map { "<p class=\"hint\" id=\"\(name)-goi-y\">\($0)</p>" } ?? ""
        let errorHTML: HTML = error.map { "<p class=\"field-error\" id=\"\(name)-loi\">\($0)</p>" } ?? ""
        return """
        <div class="field">
        <label for="\(name)">\(label)</label>
        \(errorHTML)<input id="\(name)" name="\(name)" type="\(type)" value="\(value)"\(described)\(invalid)\(attributes)>
        \(hintHTML)
        </div>
        """
    }

    /// A summary at the top of a form that failed, so screen readers and small screens see it first.
    static func summary(_ message: String?) -> HTML {
        guard let message else { return "" }
        return "<p class=\"form-error\" role=\"alert\">\(message)</p>"
    }
}
