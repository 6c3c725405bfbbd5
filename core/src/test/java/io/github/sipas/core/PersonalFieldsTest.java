package io.github.sipas.core;

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
        "ID number", "số định danh cá nhân", "Hộ chiếu", "Ngày sinh", "date of birth"})
    void personalAttributesAreRecognisedFoldedAsWholeWords(String attribute) {
        assertTrue(PersonalFields.isPersonal(attribute), attribute);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gender", "giới tính", "age_group", "nhóm tuổi", "interviewer", "điều tra viên",
        "period", "channel", "kênh", "batch", "đợt nhập liệu", "addressed", "username", "response_id", "unit",
        "Đơn vị"})
    void ordinaryAttributesAreNotPersonal(String attribute) {
        assertFalse(PersonalFields.isPersonal(attribute), attribute);
    }

    @Test
    void everyListedPersonalFieldIsPersonal() {
        for (String f : PersonalFields.NAMES) {
            assertTrue(PersonalFields.isPersonal(f), f);
        }
        assertThrows(NullPointerException.class, () -> PersonalFields.isPersonal(null));
    }
}
