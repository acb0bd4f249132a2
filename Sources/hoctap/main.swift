HocTap.main()
