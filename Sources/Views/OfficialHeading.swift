/// The heading of the commune's official papers (Nghị định 30/2020/NĐ-CP): the authority and
/// the issuing centre on the left, the national name and motto on the right. A report adds its
/// number under the issuer and the place and date under the motto. These are fixed Vietnamese
/// forms, printed as they are whatever the interface language.
enum OfficialHeading {
    static func render(_ site: SiteInfo, number: String? = nil, placeAndDate: String? = nil) -> HTML {
        let numberLine: HTML = number.map { "<p class=\"paper-number\">\($0)</p>" } ?? ""
        let dateLine: HTML = placeAndDate.map { "<p class=\"place-date\">\($0)</p>" } ?? ""
        return """
        <div class="official-heading">
        <div><p>ỦY BAN NHÂN DÂN \(site.communeName.uppercased())</p><p class="issuer">\(site.centreName.uppercased())</p>\(numberLine)</div>
        <div><p class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="motto">Độc lập - Tự do - Hạnh phúc</p>\(dateLine)</div>
        </div>
        """
    }
}
