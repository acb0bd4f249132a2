import Domain
import MicroHTTP
import Routes
import Storage
import Views

extension WebApplication {
    /// `/tuan-le-hoc-tap/{year}/anh-bia`: the banner's bytes, typed by what they were checked
    /// to be when uploaded. Browsers may keep it an hour; a new upload changes the `?v=` in links.
    func weekBanner(year: Int) throws -> Response {
        guard let banner = try database.weekBanner(year: year) else { throw PageFailure(status: 404) }
        return Response(status: 200, headers: [
            ("Content-Type", banner.kind.contentType),
            ("Cache-Control", "public, max-age=3600"),
        ], body: banner.bytes)
    }

    /// The banner form of `/quan-tri/tuan-le/{year}` (POST `banner` with a file, or
    /// `remove-banner`): the notice to show, or the error that kept anything from changing.
    func bannerAction(_ exchange: Exchange, year: Int, action: String) throws -> (notice: String?, error: String?) {
        let strings = exchange.context.strings.banner
        if action == "remove-banner" {
            try database.removeWeekBanner(year: year, by: try actor(exchange))
            return (strings.removed, nil)
        }
        let alt = FormFields(exchange.form).text("alt")
        guard !alt.isEmpty, alt.count <= 200 else { return (nil, strings.errorAlt) }
        let bytes = exchange.uploads.first { $0.name == "banner" }?.body ?? []
        switch BannerImage.check(bytes) {
        case .success(let kind):
            try database.saveWeekBanner(year: year, kind: kind, bytes: bytes, alt: alt, by: try actor(exchange))
            return (strings.saved, nil)
        case .failure(.empty): return (nil, strings.errorEmpty)
        case .failure(.tooLarge): return (nil, strings.errorTooLarge)
        case .failure(.notAnImage): return (nil, strings.errorNotAnImage)
        }
    }
}
