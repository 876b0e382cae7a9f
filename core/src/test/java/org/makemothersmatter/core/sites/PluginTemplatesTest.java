package org.makemothersmatter.core.sites;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.testkit.TestPlugin;

/** A plugin's module with templates outside its own folder, as a careless team could build it. */
class PluginTemplatesTest {

    /** A plugin whose class is loaded, in the test, from a module folder of its own. */
    public static final class Elsewhere extends TestPlugin {
        public Elsewhere() {
            super(new Site("elsewhere", "MMM Elsewhere", List.of(Language.ENGLISH), false));
        }
    }

    @TempDir
    Path module;

    @Test
    void templatesInItsOwnFolderAreItsOwn() throws Exception {
        template("elsewhere");
        assertThatCode(() -> PluginTemplates.requireOwnFolders(List.of(plugin()))).doesNotThrowAnyException();
    }

    @Test
    void aTemplateInCoresFolderStopsTheStartNamingThePluginAndWhereItBelongs() throws Exception {
        template("elsewhere");
        template("core");
        assertThatThrownBy(() -> PluginTemplates.requireOwnFolders(List.of(plugin())))
                .hasMessage("Plugin elsewhere ships templates in the folder jte/core/, which is core's: a plugin's "
                        + "templates go in src/main/jte/elsewhere/ (one named like a core template there replaces it "
                        + "for this site only)");
    }

    @Test
    void aTemplateInAnotherPluginsFolderStopsTheStart() throws Exception {
        template("otherland");
        SitePlugin otherland = TestPlugin.of(new Site("otherland", "MMM Otherland", List.of(Language.FRENCH), false));
        assertThatThrownBy(() -> PluginTemplates.requireOwnFolders(List.of(plugin(), otherland)))
                .hasMessageStartingWith("Plugin elsewhere ships templates in the folder jte/otherland/, which is "
                        + "plugin otherland's");
    }

    /** A precompiled template's class in a folder of the module: its name is all the check reads. */
    private void template(String folder) throws IOException {
        Path file = module.resolve("gg/jte/generated/precompiled/" + folder + "/JteheaderGenerated.class");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[0]);
    }

    /** The plugin, its class defined from the module's folder, as the JVM loads a plugin's own jar. */
    private SitePlugin plugin() throws Exception {
        String name = Elsewhere.class.getName();
        byte[] bytes;
        try (InputStream in = Elsewhere.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            bytes = in.readAllBytes();
        }
        ProtectionDomain domain = new ProtectionDomain(new CodeSource(module.toUri().toURL(), (Certificate[]) null),
                null);
        ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
                return className.equals(name) ? defineClass(name, bytes, 0, bytes.length, domain)
                        : super.loadClass(className, resolve);
            }
        };
        return (SitePlugin) loader.loadClass(name).getDeclaredConstructor().newInstance();
    }
}
