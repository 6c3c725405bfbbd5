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
     * <li>Names: name, surname, tên (so also họ tên, họ và tên, tên người trả lời), hoten, hovaten, fullname,
     * username, user name.</li>
     * <li>Phones and messaging: phone, telephone, tel, mobile, cell, cellphone, điện thoại (so also điện thoại liên
     * hệ), SĐT, số ĐT, ĐTDĐ, di động, Zalo, Viber, Facebook, FB, Skype, WhatsApp, Telegram, and written as one word:
     * sodienthoai, dienthoai, didong, sodt, phonenumber.</li>
     * <li>Contact: contact, liên hệ, liên lạc.</li>
     * <li>Addresses and places: address, địa chỉ, số nhà, nơi ở, chỗ ở, cư trú, thường trú, tạm trú, hộ khẩu, quê
     * quán, nguyên quán, nơi sinh, GPS, tọa độ, latitude, longitude, geolocation, geopoint, diachi, quequan,
     * noisinh.</li>
     * <li>Email: email, e-mail, mail, thư điện tử, emailaddress.</li>
     * <li>Identity numbers: national id, id number, id card, identity card, căn cước, CCCD, CMND, CMT, chứng minh,
     * định danh, passport, hộ chiếu, mã số thuế, MST, tax code, BHXH, BHYT, số tài khoản, bank account, biển số.</li>
     * <li>A device or an account, as ODK and Kobo record them: imei, device id, subscriber id, sim serial (also as
     * one word), submitted by ({@code _submitted_by}).</li>
     * <li>A person's case: mã hồ sơ, số hồ sơ, mã số hồ sơ, số biên nhận, mã biên nhận (a dossier or receipt code
     * names one person's application; {@code loại hồ sơ}, the kind of dossier, is not personal).</li>
     * <li>Birth: birth (so also date of birth, year of birth, birth date), birthday, DOB, D.O.B., ngày sinh, năm
     * sinh, sinh năm, sinh ngày, ngaysinh, namsinh.</li>
     * <li>A signature: chữ ký, signature.</li>
     * </ul>
     * A bare {@code ĐT} is left out, for it also abbreviates {@code đối tượng} (the kind of respondent), and so is
     * {@code họ}, which folds as {@code hộ} (household) does; a column of phone numbers under such a name is still
     * refused as a grouping, by its values (see {@code Disclosure} in the scoring module).
     */
    public static final List<String> NAMES = List.of(
            "name", "surname", "tên", "hoten", "hovaten", "fullname", "username", "user name",
            "phone", "telephone", "tel", "mobile", "cell", "cellphone", "điện thoại", "SĐT", "số ĐT", "ĐTDĐ",
            "di động", "Zalo", "Viber", "Facebook", "FB", "Skype", "WhatsApp", "whatsapp", "Telegram",
            "sodienthoai", "dienthoai", "didong", "sodt", "phonenumber",
            "contact", "liên hệ", "liên lạc",
            "address", "địa chỉ", "số nhà", "nơi ở", "chỗ ở", "cư trú", "thường trú", "tạm trú", "hộ khẩu",
            "quê quán", "nguyên quán", "nơi sinh", "GPS", "tọa độ", "latitude", "longitude", "geolocation",
            "geopoint", "diachi", "quequan", "noisinh",
            "email", "e-mail", "mail", "thư điện tử", "emailaddress",
            "national id", "id number", "id card", "identity card", "căn cước", "CCCD", "CMND", "CMT",
            "chứng minh", "định danh", "passport", "hộ chiếu", "mã số thuế", "MST", "tax code", "BHXH", "BHYT",
            "số tài khoản", "bank account", "biển số",
            "imei", "device id", "deviceid", "subscriber id", "subscriberid", "sim serial", "simserial", "submitted by",
            "mã hồ sơ", "số hồ sơ", "mã số hồ sơ", "số biên nhận", "mã biên nhận",
            "birth", "birthday", "DOB", "D.O.B.", "ngày sinh", "năm sinh", "sinh năm", "sinh ngày", "ngaysinh",
            "namsinh",
            "chữ ký", "signature");

    /**
     * Phrases that name an ordinary attribute though they hold a personal word: {@code tên thủ tục} (a procedure's
     * name), {@code tên đơn vị} (a unit's name), {@code tên cơ quan}, {@code tên dịch vụ}, {@code tên lĩnh vực}, the
     * English {@code unit name}, {@code agency name}, {@code office name}, {@code procedure name},
     * {@code service name}, and the contact channel: {@code kênh liên hệ}, {@code hình thức liên hệ},
     * {@code phương thức liên hệ}, {@code cách thức liên hệ}, {@code contact channel}, {@code contact method}.
     * An exception applies only to a name that, folded, <em>begins</em> with it (or is it); the rest of the name is
     * then still matched against the {@link #NAMES}, so {@code "Tên đơn vị"} is not personal but
     * {@code "Tên đơn vị - số điện thoại"} is, and {@code "Họ tên (tên cơ quan)"} still is. {@code tên hồ sơ} is
     * not an exception: a dossier is often named after its applicant.
     */
    public static final List<String> NOT_PERSONAL = List.of(
            "tên thủ tục", "tên đơn vị", "tên cơ quan", "tên dịch vụ", "tên lĩnh vực",
            "unit name", "agency name", "office name", "procedure name", "service name",
            "kênh liên hệ", "hình thức liên hệ", "phương thức liên hệ", "cách thức liên hệ", "contact channel",
            "contact method");

    /**
     * What messages, problems and reports show in place of the value of a personal attribute:
     * {@value}.
     */
    public static final String WITHHELD = "(personal column, withheld)";

    /** A text in single quotes, as messages quote what was given. */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([^']*)'");

    private static final List<String> KEYS = NAMES.stream().map(f -> " " + key(f) + " ").toList();

    private static final List<String> EXCEPTIONS = NOT_PERSONAL.stream().map(f -> " " + key(f) + " ").toList();

    private PersonalFields() {
    }

    /**
     * Returns whether an attribute is personal: whether its name, folded, contains one of the
     * {@link #NAMES}, folded, as whole words. Before folding, the name is split into words where a lower-case letter
     * is followed by a capital and between letters and digits, so the camelCase names of XLSForm and Kobo exports
     * match: {@code HoVaTen} as {@code ho va ten}, {@code phoneNumber} as {@code phone number}, {@code SoDT} as
     * {@code so dt}; names written as one lower-case word ({@code hoten}, {@code sodienthoai}) are in the list as
     * such. A name that begins with one of the {@link #NOT_PERSONAL} phrases is matched without it.
     * {@code "Họ và tên"}, {@code "SO_DIEN_THOAI"}, {@code "Email address"}, {@code "HoTen"}, {@code "_submitted_by"}
     * and {@code "Số CCCD"} are personal; {@code "gender"}, {@code "age_group"}, {@code "điều tra viên"},
     * {@code "Tên đơn vị"}, {@code "Kênh liên hệ"} and {@code "period"} are not. The cost is a few microseconds per
     * name (it is asked per column and per problem, not per cell).
     *
     * @param attribute the attribute's name, as in the response file's header
     * @return true when it is personal
     * @throws NullPointerException if the name is null
     */
    public static boolean isPersonal(String attribute) {
        String key = " " + key(Objects.requireNonNull(attribute, "attribute")) + " ";
        for (String e : EXCEPTIONS) {
            if (key.startsWith(e)) {
                key = key.substring(e.length() - 1);
                break;
            }
        }
        for (String p : KEYS) {
            if (key.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The matching key of a name: words split where a lower-case letter is followed by a capital
     * ({@code HoVaTen}, {@code phoneNumber}, {@code SoDT}) and between letters and digits, then {@link Texts#fold}.
     */
    private static String key(String name) {
        StringBuilder split = null;
        int prev = -1;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            boolean boundary = prev >= 0 && (Character.isLowerCase(prev) && Character.isUpperCase(cp)
                    || Character.isLetter(prev) && Character.isDigit(cp)
                    || Character.isDigit(prev) && Character.isLetter(cp));
            if (boundary && split == null) {
                split = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            if (split != null) {
                if (boundary) {
                    split.append(' ');
                }
                split.appendCodePoint(cp);
            }
            prev = cp;
            i += Character.charCount(cp);
        }
        return Texts.fold(split == null ? name : split);
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
