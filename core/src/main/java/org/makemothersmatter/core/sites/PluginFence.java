package org.makemothersmatter.core.sites;

import com.google.inject.Binding;
import com.google.inject.ConfigurationException;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.spi.Dependency;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.HasDependencies;
import com.google.inject.spi.InjectionPoint;
import com.google.inject.spi.LinkedKeyBinding;
import com.google.inject.spi.UntargettedBinding;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.makemothersmatter.core.plugin.SitePlugin;

/**
 * What a plugin's classes may ask core for: this fence is what makes the contract closed. A class of a plugin that
 * core builds (a handler, its records' pages) and every binding of a plugin's own Guice module may depend only on
 * the contract's package, the plugin's own classes (its DAOs among them) and a {@link Clock}. Core's database,
 * DAOs and web services are out of reach, so that a plugin cannot read or change core's tables or another
 * plugin's, nor come to depend on what core may change. Checked before anything is built: a class that asks for
 * more stops the start, naming the plugin, the class and what it asked for.
 */
public final class PluginFence {

    private static final String CONTRACT = SitePlugin.class.getPackageName();

    private PluginFence() {
    }

    /** Checks a class a plugin names, and the plugin's classes it asks for in turn. */
    public static void check(String plugin, String ownPackage, Class<?> type) {
        check(plugin, ownPackage, type, new HashSet<>());
    }

    /** Checks each binding of a plugin's own Guice module, the plugin's package being the module's. */
    public static void check(Module module) {
        String ownPackage = module.getClass().getPackageName();
        String plugin = module.getClass().getName();
        for (Element element : Elements.getElements(module)) {
            if (!(element instanceof Binding<?> binding)) {
                continue;
            }
            if (binding instanceof HasDependencies provided) {
                provided.getDependencies().forEach(dependency -> allow(plugin, ownPackage, module.getClass(),
                        dependency.getKey()));
            }
            if (binding instanceof LinkedKeyBinding<?> linked) {
                check(plugin, ownPackage, linked.getLinkedKey().getTypeLiteral().getRawType());
            } else if (binding instanceof UntargettedBinding<?>) {
                check(plugin, ownPackage, binding.getKey().getTypeLiteral().getRawType());
            }
        }
    }

    private static void check(String plugin, String ownPackage, Class<?> type, Set<Class<?>> seen) {
        if (!seen.add(type) || type.isInterface()) {
            return;
        }
        for (Dependency<?> dependency : dependencies(type)) {
            Key<?> key = dependency.getKey();
            allow(plugin, ownPackage, type, key);
            Class<?> asked = key.getTypeLiteral().getRawType();
            if (own(asked, ownPackage)) {
                check(plugin, ownPackage, asked, seen);
            }
        }
    }

    private static List<Dependency<?>> dependencies(Class<?> type) {
        List<Dependency<?>> dependencies = new ArrayList<>();
        try {
            dependencies.addAll(InjectionPoint.forConstructorOf(type).getDependencies());
        } catch (ConfigurationException e) {
            // No constructor Guice can use: Guice itself says so, better than a second message here.
            return dependencies;
        }
        InjectionPoint.forInstanceMethodsAndFields(type).forEach(point -> dependencies.addAll(point.getDependencies()));
        return dependencies;
    }

    private static void allow(String plugin, String ownPackage, Class<?> asker, Key<?> key) {
        Class<?> asked = key.getTypeLiteral().getRawType();
        if (!(own(asked, ownPackage) || asked.getPackageName().equals(CONTRACT) || asked == Clock.class)) {
            throw new IllegalStateException("Plugin " + plugin + ": " + asker.getName() + " asks for "
                    + key.getTypeLiteral() + ", which is not the plugin's to use: a plugin's classes ask only for "
                    + CONTRACT + " types, their own classes and DAOs (SitePlugin.daos()) and a java.time.Clock");
        }
    }

    private static boolean own(Class<?> type, String ownPackage) {
        String name = type.getPackageName();
        return name.equals(ownPackage) || name.startsWith(ownPackage + ".");
    }
}
