package io.github.sipas.core;

/**
 * The administrative level of a unit being rated.
 *
 * @since 0.1
 */
public enum UnitLevel {
    /** A province or centrally run city (tỉnh, thành phố trực thuộc trung ương). */
    PROVINCE,
    /** A district-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh). */
    DISTRICT,
    /** A commune-level unit (xã, phường, thị trấn). */
    COMMUNE,
    /** An agency, such as a provincial department (sở, ban, ngành). */
    AGENCY
}
