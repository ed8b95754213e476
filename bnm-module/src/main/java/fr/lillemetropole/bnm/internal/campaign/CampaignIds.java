package fr.lillemetropole.bnm.internal.campaign;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Campaign identifiers end with their year: "ami-bnm-2022" is the campaign of year Y = 2022. */
public final class CampaignIds {

    public static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*-([0-9]{4})$");

    private CampaignIds() {}

    /** The campaign's year, or empty when the identifier does not end with one. */
    public static OptionalInt year(String id) {
        Matcher m = ID.matcher(id == null ? "" : id);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
    }
}
