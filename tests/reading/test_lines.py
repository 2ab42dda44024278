def test_the_clerks_blanks_are_not_column_gaps() -> None:
    from ucd_desktop.reading.lines import split_line

    assert split_line("Số:        /TB-UBND") == ["Số: /TB-UBND"]
    assert split_line("Long An, ngày      tháng 6 năm 2022") == ["Long An, ngày tháng 6 năm 2022"]
    assert split_line("Long An, ngày      tháng      năm 2022") == ["Long An, ngày tháng năm 2022"]
    assert split_line("Số:   /TB-UBND        Long An, ngày   tháng 6 năm 2022") == [
        "Số: /TB-UBND",
        "Long An, ngày tháng 6 năm 2022",
    ]
