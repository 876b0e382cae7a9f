package org.makemothersmatter.core.settings;

/** A setting that cannot be used: the message names the setting, hence the site it is for, and says why. */
public final class SettingsException extends IllegalArgumentException {

    public SettingsException(String source, String setting, String problem) {
        super("Setting " + setting + siteOf(setting) + " in " + source + ": " + problem);
    }

    private static String siteOf(String setting) {
        int dot = setting.indexOf('.');
        return dot < 0 ? "" : " (plugin " + setting.substring(0, dot) + ")";
    }
}
