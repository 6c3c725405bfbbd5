package io.github.sipas.core.quality;

/** {@link QualityScope#all()}: every finding shown, every unit counted. */
enum AllUnitsScope implements QualityScope {
    /** The one instance. */
    INSTANCE;

    @Override
    public boolean showsUnit(String unit, long forms) {
        return true;
    }

    @Override
    public boolean countsInTotal(String unit, long forms) {
        return true;
    }

    @Override
    public boolean showsGroup(String unit, String column, String value, long groupForms, long otherForms) {
        return true;
    }
}
