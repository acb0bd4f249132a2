/// The sentences about a Week's banner picture.
public struct WeekBannerStrings: Sendable {
    public var heading: String
    public var lead: String
    public var file: String
    public var alt: String
    public var altHint: String
    public var upload: String
    public var remove: String
    public var saved: String
    public var removed: String
    public var errorEmpty: String
    public var errorTooLarge: String
    public var errorNotAnImage: String
    public var errorAlt: String

    public static let vietnamese = WeekBannerStrings(
        heading: "Ảnh bìa", lead: "Ảnh đầu trang chương trình: PNG, JPEG hoặc WebP, tối đa 150 KB (khoảng 1200 × 400 điểm ảnh) để bà con xem nhanh trên điện thoại.",
        file: "Chọn ảnh", alt: "Mô tả ảnh", altHint: "Ảnh có gì, cho người không xem được ảnh (ví dụ: Băng rôn Tuần lễ học tập suốt đời 2026).",
        upload: "Tải ảnh lên", remove: "Bỏ ảnh bìa", saved: "Đã lưu ảnh bìa.", removed: "Đã bỏ ảnh bìa.",
        errorEmpty: "Hãy chọn một tệp ảnh.", errorTooLarge: "Ảnh lớn hơn 150 KB: hãy thu nhỏ ảnh rồi tải lại.",
        errorNotAnImage: "Tệp này không phải ảnh PNG, JPEG hay WebP.", errorAlt: "Hãy mô tả ngắn gọn ảnh (tối đa 200 ký tự)."
    )

    public static let english = WeekBannerStrings(
        heading: "Banner", lead: "The picture at the top of the programme: PNG, JPEG or WebP, at most 150 KB (about 1200 × 400 pixels) so it loads fast on a phone.",
        file: "Choose a picture", alt: "Description", altHint: "What the picture shows, for people who cannot see it.",
        upload: "Upload", remove: "Remove the banner", saved: "Banner saved.", removed: "Banner removed.",
        errorEmpty: "Choose a picture file.", errorTooLarge: "The picture is over 150 KB: make it smaller and upload it again.",
        errorNotAnImage: "This file is not a PNG, JPEG or WebP picture.", errorAlt: "Describe the picture briefly (at most 200 characters)."
    )
}
