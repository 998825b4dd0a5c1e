package id.linimasa.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Minggu, 3 Desember 2023 - 08:05 WIB; 2023-12-03T08:05+07:00",
            "RABU, 9 OKTOBER 2019 | 20:41 WIB; 2019-10-09T20:41+07:00",
            "Diterbitkan 14 Agu 2021, 07:30 WIB; 2021-08-14T07:30+07:00",
            "Jumat, 5 Juli 2024 13:45 WITA; 2024-07-05T13:45+08:00",
            "Senin, 12 Februari 2024 18:00 WIT; 2024-02-12T18:00+09:00",
            "Diposting pada 2 September 2022; 2022-09-02",
            "October 29, 2025 at 3:05 pm; 2025-10-29T15:05",
            "07/05/2024, 14:30 WIB; 2024-05-07T14:30+07:00",
            "2024-05-07T07:30:00Z; 2024-05-07T07:30Z",
            "Tue, 07 May 2024 14:30:00 +0700; 2024-05-07T14:30+07:00",
            "14:05 WIB, Kamis 27 Februari 2025; 2025-02-27T14:05+07:00",
            "09.30 WITA | 3/6/2025; 2025-06-03T09:30+08:00",
            "Skor 2-1, 27 Februari 2025; 2025-02-27",
            "Senin, 4 Maret 2013 − 14:05 WIB; 2013-03-04T14:05+07:00",
            "20250303140500; 2025-03-03T14:05",
            "Sabtu, 17 Agu 2024 10:20:45 WIT; 2024-08-17T10:20:45+09:00",
            "Dipublikasikan pada 15 Juli 2024 pukul 09.30 WIT; 2024-07-15T09:30+09:00",
    })
    void readsThePrintedForms(String text, String iso) {
        assertThat(DateText.parseValue(text).iso()).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Diperbarui 1 Mei 2024, 10:00 WIB; true", "Diterbitkan 1 Mei 2024, 10:00 WIB; false"})
    void tellsUpdatesFromPublication(String text, boolean modified) {
        assertThat(DateText.find(text).modified()).isEqualTo(modified);
    }
}
