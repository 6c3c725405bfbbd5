package io.github.sipas.core;

import java.util.List;
import java.util.Objects;
import io.github.sipas.core.internal.Texts;

/**
 * The attributes of a response that identify a person: a respondent's name, phone number, address, email, national id
 * or date of birth. Nothing derived from them is ever published: scoring refuses to group by one, and reports withhold
 * their values.
 *
 * @since 0.1
 */
public final class PersonalFields {

    /**
     * The names of personal attributes (name, phone, address, email, national id, date of birth), in English and
     * Vietnamese; matched folded, as whole words of the attribute's name (see the class documentation): name,
     * surname, tên (so also họ tên, họ và tên), phone, telephone, mobile number, điện thoại, SĐT, di động, address,
     * địa chỉ, email, e-mail, thư điện tử, national id, id number, id card, identity card, căn cước, CCCD, CMND,
     * chứng minh, định danh, passport, hộ chiếu, date of birth, birth date, ngày sinh.
     */
    public static final List<String> NAMES = List.of("name", "surname", "tên", "phone", "telephone",
            "mobile number", "điện thoại", "SĐT", "di động", "address", "địa chỉ", "email", "e-mail", "thư điện tử",
            "national id", "id number", "id card", "identity card", "căn cước", "CCCD", "CMND", "chứng minh",
            "định danh", "passport", "hộ chiếu", "date of birth", "birth date", "ngày sinh");

    private static final List<String> KEYS = NAMES.stream().map(f -> " " + Texts.fold(f) + " ")
            .toList();

    private PersonalFields() {
    }

    /**
     * Returns whether an attribute is personal: whether its name, folded, contains one of the
     * {@link #NAMES}, folded, as whole words. {@code "Họ và tên"}, {@code "SO_DIEN_THOAI"},
     * {@code "Email address"} and {@code "Số CCCD"} are personal; {@code "gender"}, {@code "age_group"},
     * {@code "điều tra viên"} and {@code "period"} are not.
     *
     * @param attribute the attribute's name, as in the response file's header
     * @return true when it is personal
     * @throws NullPointerException if the name is null
     */
    public static boolean isPersonal(String attribute) {
        String key = " " + Texts.fold(Objects.requireNonNull(attribute, "attribute")) + " ";
        for (String p : KEYS) {
            if (key.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
