package org.makemothersmatter.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * Why something asked was not done, as the back office says it: the key of one of its strings and the string's
 * arguments, so that the reason reaches each reader in their own language ({@link Language} and {@link Section}
 * arguments are named in it too).
 */
public record Reason(String key, List<Object> arguments) {

    public static Reason of(String key, Object... arguments) {
        return new Reason(key, Arrays.asList(arguments));
    }

    /** The key and its arguments, for the log. */
    @Override
    public String toString() {
        return arguments.isEmpty() ? key : key + " " + arguments;
    }
}
