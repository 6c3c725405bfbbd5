package io.github.sipas.core;

import java.util.List;
import java.util.Objects;
import io.github.sipas.core.internal.Texts;

/**
 * The attributes of a response that identify a person: a respondent's name, phone number, address, email, national id
 * or date of birth. Nothing derived from them is ever published: scoring refuses to group by one, and reports withhold
 * their values. Nor does any message print them: a {@link Problem} or an {@link InputException} about a cell of a
 * personal column holds no value and says {@value #WITHHELD} instead.
 *
 * @since 0.1
 */
public final class PersonalFields {

    /**
     * The names of personal attributes, in English and Vietnamese, as a form designer or a tool's export writes them;
     * matched folded, as whole words of the attribute's name (see {@link #isPersonal(String)}).
     * <ul>
     * <li>Names: name, surname, tên (so also họ tên, họ và tên, tên người trả lời).</li>
     * <li>Phones and messaging: phone, telephone, tel, mobile, cell, cellphone, điện thoại (so also điện thoại liên
     * hệ), SĐT, số ĐT, ĐTDĐ, di động, Zalo, Viber, Facebook, FB, Skype.</li>
     * <li>Contact: contact, liên hệ, liên lạc.</li>
     * <li>Addresses and places: address, địa chỉ, số nhà, nơi ở, chỗ ở, cư trú, thường trú, tạm trú, hộ khẩu, quê
     * quán, nguyên quán, nơi sinh, GPS, tọa độ, latitude, longitude.</li>
     * <li>Email: email, e-mail, mail, thư điện tử.</li>
     * <li>Identity numbers: national id, id number, id card, identity card, căn cước, CCCD, CMND, CMT, chứng minh,
     * định danh, passport, hộ chiếu, mã số thuế, MST, tax code, BHXH, BHYT, số tài khoản, bank account, biển số.</li>
     * <li>A person's case: mã hồ sơ, số hồ sơ, mã số hồ sơ, số biên nhận, mã biên nhận (a dossier or receipt code
     * names one person's application; {@code loại hồ sơ}, the kind of dossier, is not personal).</li>
     * <li>Birth: birth (so also date of birth, year of birth, birth date), birthday, DOB, ngày sinh, năm sinh, sinh
     * năm, sinh ngày.</li>
     * <li>A signature: chữ ký, signature.</li>
     * </ul>
     * A bare {@code ĐT} is left out, for it also abbreviates {@code đối tượng} (the kind of respondent), and so is
     * {@code họ}, which folds as {@code hộ} (household) does; a column of phone numbers under such a name is still
     * refused as a grouping, by its values (see {@code Disclosure} in the scoring module).
     */
    public static final List<String> NAMES = List.of(
            "name", "surname", "tên",
            "phone", "telephone", "tel", "mobile", "cell", "cellphone", "điện thoại", "SĐT", "số ĐT", "ĐTDĐ",
            "di động", "Zalo", "Viber", "Facebook", "FB", "Skype",
            "contact", "liên hệ", "liên lạc",
            "address", "địa chỉ", "số nhà", "nơi ở", "chỗ ở", "cư trú", "thường trú", "tạm trú", "hộ khẩu",
            "quê quán", "nguyên quán", "nơi sinh", "GPS", "tọa độ", "latitude", "longitude",
            "email", "e-mail", "mail", "thư điện tử",
            "national id", "id number", "id card", "identity card", "căn cước", "CCCD", "CMND", "CMT",
            "chứng minh", "định danh", "passport", "hộ chiếu", "mã số thuế", "MST", "tax code", "BHXH", "BHYT",
            "số tài khoản", "bank account", "biển số",
            "mã hồ sơ", "số hồ sơ", "mã số hồ sơ", "số biên nhận", "mã biên nhận",
            "birth", "birthday", "DOB", "ngày sinh", "năm sinh", "sinh năm", "sinh ngày",
            "chữ ký", "signature");

    /**
     * What messages, problems and reports show in place of the value of a personal attribute:
     * {@value}.
     */
    public static final String WITHHELD = "(personal column, withheld)";

    /** A text in single quotes, as messages quote what was given. */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([^']*)'");

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

    /**
     * Returns a message without the value of a personal attribute: every occurrence of the value, as given, cleaned
     * (NFC, trimmed) and as {@link Problem#shorten(String)} shows it, replaced by {@link #WITHHELD}, and so is a text in
     * single quotes that is a part of the value (a message may quote one choice of a cell). A value of fewer
     * than three characters is left, for it identifies no one and replacing it would garble the message's numbers. A
     * message about an attribute that is not personal is returned as it is.
     *
     * @param attribute the attribute's name, or null (not personal)
     * @param value the attribute's value, or null (nothing to withhold)
     * @param message the message
     * @return the message, the value withheld when the attribute is personal
     * @throws NullPointerException if the message is null
     */
    public static String withhold(String attribute, String value, String message) {
        Objects.requireNonNull(message, "message");
        if (attribute == null || value == null || !isPersonal(attribute)) {
            return message;
        }
        String out = message;
        for (String v : new String[] {value, Texts.clean(value), Problem.shorten(value)}) {
            if (v.strip().length() >= 3) {
                out = out.replace(v, WITHHELD);
            }
        }
        // A part of the value quoted by itself, e.g. "choice 'Nguyễn': ..." of a cell "Nguyễn, Bình".
        java.util.regex.Matcher quoted = QUOTED.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (quoted.find()) {
            String part = quoted.group(1);
            boolean inValue = part.strip().length() >= 3 && value.contains(part.strip());
            quoted.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(inValue ? "'" + WITHHELD + "'"
                    : quoted.group()));
        }
        quoted.appendTail(sb);
        return sb.toString();
    }
}
