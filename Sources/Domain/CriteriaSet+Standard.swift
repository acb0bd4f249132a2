extension CriteriaSet {
    /// The starting set for a year and group, from the drafts of Quyết định 324/QĐ-KHVN as the
    /// domain notes paraphrase them: 3 competencies split 4 + 4 + 2, 10 indicators of 10 points,
    /// 80 to pass with no indicator below 5. The official wording per group was not verified:
    /// the administrator replaces it (`/quan-tri/tieu-chi`), and the same draft serves all groups.
    public static func standard(year: Int, group: TargetGroup) -> CriteriaSet {
        let competencies = [
            "Năng lực tự học và học tập suốt đời",
            "Năng lực sử dụng các công cụ tương tác",
            "Năng lực xây dựng và thực hiện các mối quan hệ xã hội",
        ]
        let drafts: [(competency: Int, text: String, label: String)] = [
            (1, "Thường xuyên cập nhật thông tin, đọc sách, báo để nâng cao hiểu biết", "Đọc và cập nhật thông tin"),
            (1, "Có kế hoạch học tập của bản thân và thực hiện kế hoạch đó", "Kế hoạch học tập"),
            (1, "Tham gia các hoạt động học tập tại nhà văn hóa, câu lạc bộ, thư viện, lớp học ở cộng đồng", "Tham gia hoạt động học tập"),
            (1, "Vận động người thân trong gia đình, đồng nghiệp cùng tham gia học tập", "Vận động người khác học tập"),
            (2, "Sử dụng công nghệ thông tin và thiết bị thông minh trong học tập, công việc và cuộc sống", "Công nghệ thông tin"),
            (2, "Sử dụng ngoại ngữ khi cần trong công việc và cuộc sống", "Ngoại ngữ"),
            (2, "Vận dụng kiến thức tính toán trong công việc và cuộc sống", "Tính toán"),
            (2, "Suy nghĩ độc lập, phản biện, sáng tạo trong giải quyết công việc", "Tư duy phản biện, sáng tạo"),
            (3, "Xây dựng quan hệ thân thiện, tôn trọng mọi người trong cộng đồng", "Quan hệ cộng đồng"),
            (3, "Hợp tác, chia sẻ kinh nghiệm và kiến thức với mọi người", "Hợp tác, chia sẻ"),
        ]
        let indicators = drafts.enumerated().map { index, draft in
            Indicator(number: index + 1, competency: draft.competency, competencyName: competencies[draft.competency - 1],
                      text: draft.text, label: draft.label)
        }
        return CriteriaSet(year: year, group: group, indicators: indicators)
    }
}
