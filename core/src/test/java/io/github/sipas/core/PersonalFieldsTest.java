package io.github.sipas.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalFieldsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Họ và tên", "HO_VA_TEN", "ho ten", "Tên người trả lời", "name", "Full Name",
        "Respondent name", "Số điện thoại", "so-dien-thoai", "SĐT", "Phone number", "telephone", "Email",
        "E-mail address", "thư điện tử", "Địa chỉ thường trú", "address", "Số CCCD", "CMND", "national_id",
        "ID number", "số định danh cá nhân", "Hộ chiếu", "Ngày sinh", "date of birth",
        // issue 11, finding 5, and what else a Vietnamese form or a tool's export names a personal column
        "Mobile", "Tel", "Tel.", "Zalo", "contact", "Năm sinh", "NAM_SINH", "year of birth", "DOB", "birthday",
        "Số ĐT", "ĐTDĐ", "Điện thoại liên hệ", "Liên hệ", "Thông tin liên lạc", "Facebook", "FB cá nhân",
        "Địa chỉ thường trú", "Số nhà", "Nơi ở hiện nay", "Hộ khẩu thường trú", "Quê quán", "Nơi cư trú",
        "Mã số thuế", "MST", "CMT", "Số BHXH", "mail", "Gmail address", "_gps_latitude", "Tọa độ", "Mã hồ sơ",
        "Số hồ sơ", "Số biên nhận", "Chữ ký", "Biển số xe", "Số tài khoản",
        // issue 11, review of finding 5/6: XLSForm/Kobo names in camelCase or one word, and ODK/Kobo metadata
        "hoten", "HoTen", "HoVaTen", "sodienthoai", "dienthoai", "SoDT", "diachi", "ngaysinh", "namsinh",
        "phoneNumber", "emailAddress", "tenNguoiTraLoi", "D.O.B.", "WhatsApp", "whatsapp", "Telegram", "Username",
        "username", "phonenumber", "imei", "deviceid", "deviceId", "subscriberid", "simserial", "simSerial",
        "_submitted_by", "_geolocation", "sdt1", "Tel2", "Tên đơn vị - số điện thoại", "Kênh liên hệ (SĐT)"})
    void personalAttributesAreRecognisedFoldedAsWholeWords(String attribute) {
        assertTrue(PersonalFields.isPersonal(attribute), attribute);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gender", "giới tính", "age_group", "nhóm tuổi", "interviewer", "điều tra viên",
        "period", "channel", "kênh", "batch", "đợt nhập liệu", "addressed", "response_id", "unit",
        "Đơn vị", "đơn vị", "Giới tính", "Nhóm tuổi", "age", "Độ tuổi", "Loại hồ sơ", "Lĩnh vực", "Thủ tục",
        "Nghề nghiệp", "Trình độ học vấn", "Dân tộc", "Loại hộ", "Hộ nghèo", "Đối tượng", "ĐTV", "Mã ĐTV",
        "Kênh tiếp nhận", "Hình thức nộp", "telecom", "Năm", "Kỳ điều tra", "Xã", "Huyện", "weight", "trọng số",
        // issue 11, review of finding 5/6: names of a procedure, a unit, an agency, and the contact channel
        "Tên thủ tục", "Tên thủ tục hành chính", "Tên đơn vị", "TEN_DON_VI", "TenDonVi", "Tên cơ quan",
        "Tên dịch vụ", "Tên lĩnh vực", "Unit name", "Kênh liên hệ", "Hình thức liên hệ", "Phương thức liên hệ",
        "contact_channel", "A1", "Q12b", "submissionTime", "_uuid"})
    void ordinaryAttributesAreNotPersonal(String attribute) {
        assertFalse(PersonalFields.isPersonal(attribute), attribute);
    }

    @Test
    void anExceptionAppliesOnlyAtTheStartOfTheName() {
        assertTrue(PersonalFields.isPersonal("Họ tên (tên cơ quan)"), "the exception is not at the start");
        assertTrue(PersonalFields.isPersonal("Tên hồ sơ"), "a dossier is often named after its applicant");
        assertFalse(PersonalFields.isPersonal("Tên đơn vị"));
        for (String e : PersonalFields.NOT_PERSONAL) {
            assertFalse(PersonalFields.isPersonal(e), e);
        }
    }

    @Test
    void anEncodingErrorInAKoboStyleNameColumnDoesNotRepeatTheValue() {
        // issue 11, review of finding 5/6: "a non-UTF-8 byte in a hoten cell prints its value in the message"
        Survey survey = io.github.sipas.core.instrument.Surveys.bundled("sipas-2017");
        String header = "response_id,unit,hoten," + survey.criteria().stream().map(Item::id)
                .collect(java.util.stream.Collectors.joining(",")) + "\n";
        String answers = ",4".repeat(survey.criteria().size()) + "\n";
        byte[] row = ("R1,Xã A,Nguy\u0000n Văn Bình" + answers).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < row.length; i++) {
            if (row[i] == 0) {
                row[i] = (byte) 0xE1; // 'á' in Windows-1258, not UTF-8
            }
        }
        byte[] file = new byte[header.length() + row.length];
        System.arraycopy(header.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, file, 0, header.length());
        System.arraycopy(row, 0, file, header.length(), row.length);
        InputException e = assertThrows(InputException.class, () -> io.github.sipas.core.csv.CsvResponseReader
                .builder(survey).build().read(new java.io.ByteArrayInputStream(file), "pii.csv", r -> { }));
        assertTrue(e.getMessage().contains("column hoten " + PersonalFields.WITHHELD), e.getMessage());
        assertFalse(e.getMessage().contains("Nguy"), e.getMessage());
    }

    @Test
    void withholdReplacesThePersonalValueInAMessageOnly() {
        assertEquals("id '" + PersonalFields.WITHHELD + "' seen",
                PersonalFields.withhold("SĐT", " 0912 ", "id '0912' seen"));
        assertEquals("id '0912' seen", PersonalFields.withhold("gender", "0912", "id '0912' seen"));
        assertEquals("row 5 of 5", PersonalFields.withhold("Họ tên", "5", "row 5 of 5"), "too short to identify");
        assertEquals("choice '" + PersonalFields.WITHHELD + "': not a code of B3",
                PersonalFields.withhold("Số điện thoại", "0912 345, 678", "choice '0912 345': not a code of B3"),
                "a part of the value quoted alone");
        assertEquals("choice 'x': no", PersonalFields.withhold("Số điện thoại", "0912345", "choice 'x': no"));
    }

    @Test
    void everyListedPersonalFieldIsPersonal() {
        for (String f : PersonalFields.NAMES) {
            assertTrue(PersonalFields.isPersonal(f), f);
        }
        assertThrows(NullPointerException.class, () -> PersonalFields.isPersonal(null));
    }
}
