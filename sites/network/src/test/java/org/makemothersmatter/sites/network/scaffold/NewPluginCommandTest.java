package org.makemothersmatter.sites.network.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Module;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.content.ContentFile;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.sites.SiteCodes;
import org.makemothersmatter.core.sites.SitePlugins;
import org.makemothersmatter.core.testkit.HtmlValidator;
import org.makemothersmatter.core.testkit.PluginContract;
import org.makemothersmatter.core.testkit.TestNetworkSite;
import org.makemothersmatter.core.testkit.TestServer;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The new-plugin command, run into a folder that holds copies of the repository's parent pom and assembly pom:
 * the files it writes, its lines in the poms, its refusals (which write nothing), and that the plugin it writes
 * builds and serves its site: compiled and started here, without Maven.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewPluginCommandTest {

    /** The repository: Maven runs the tests in the module's folder, sites/network. */
    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

    private static final String CODE = "cote-divoire";
    /** A name with what Java, YAML, XML and HTML each must escape, and letters beyond ASCII. */
    private static final String NAME = "MMM \"Côte d’Ivoire\" & <Abidjan> \\ Mothers";
    private static final String PLUGIN = "plugins/" + CODE + "/";
    private static final String JAVA = "org/makemothersmatter/plugins/cotedivoire/";
    private static final String CONTENT = PLUGIN + "src/main/resources/content/" + CODE + "/";

    private Path root;
    private Run scaffolded;
    private Map<String, String> originalPoms;

    /** What the command printed and returned. */
    private record Run(int status, String out, String err) {
    }

    @BeforeAll
    void scaffoldAPlugin(@TempDir Path folder) throws IOException {
        root = copyOfThePoms(folder);
        originalPoms = snapshot(root);
        scaffolded = run(root, CODE, NAME, "fr,en");
    }

    @Test
    void itWritesThePluginAndSaysWhatToDoNext() throws IOException {
        List<String> files = List.of(
                PLUGIN + "pom.xml",
                PLUGIN + "src/main/java/" + JAVA + "CoteDivoirePlugin.java",
                PLUGIN + "src/main/resources/META-INF/services/org.makemothersmatter.core.plugin.SitePlugin",
                PLUGIN + "src/main/jte/" + CODE + "/README.md",
                CONTENT + "association/fr.md",
                CONTENT + "association/en.md",
                PLUGIN + "src/test/java/" + JAVA + "CoteDivoireContractTest.java");
        assertThat(scaffolded.status()).as(scaffolded.err()).isZero();
        assertThat(filesUnder(root.resolve(PLUGIN))).containsExactlyInAnyOrderElementsOf(files);
        assertThat(scaffolded.out()).contains(files).contains("pom.xml", "sites/network/pom.xml",
                "Next steps", "REPLACE", "mvn -B verify", "java -jar sites/network/target/mmm-network.jar",
                "http://localhost:7070/cote-divoire/");
        assertThat(Files.readString(root.resolve(PLUGIN
                + "src/main/resources/META-INF/services/org.makemothersmatter.core.plugin.SitePlugin")))
                .isEqualToIgnoringNewLines("org.makemothersmatter.plugins.cotedivoire.CoteDivoirePlugin");
    }

    @Test
    void anyLanguageIsAcceptedAndOneCoreDoesNotTranslateGetsCoresStringsToTranslate(@TempDir Path folder)
            throws IOException {
        Path repository = copyOfThePoms(folder);
        Run run = run(repository, "spain", "MMM Spain", "es,ca");
        assertThat(run.status()).as(run.err()).isZero();
        Path content = repository.resolve("plugins/spain/src/main/resources/");
        assertThat(content.resolve("messages/spain_es.properties")).as("core translates Spanish").doesNotExist();
        List<String> catalan = Files.readAllLines(content.resolve("messages/spain_ca.properties"));
        assertThat(catalan).contains("# news.readMore=Read more")
                .allSatisfy(line -> assertThat(line).startsWith("#"));
        assertThat(content.resolve("content/spain/association/ca.md")).exists();
    }

    @Test
    void itNamesThePluginInTheParentPomAndTheAssemblyKeepingTheirFormatting() throws Exception {
        Document before = xml(originalPoms.get("pom.xml"));
        Document after = xml(read("pom.xml"));
        List<String> modules = texts(after, "/project/modules/module");
        List<String> expected = new ArrayList<>(texts(before, "/project/modules/module"));
        expected.add(modules.indexOf("plugins/" + CODE), "plugins/" + CODE);
        assertThat(modules).isEqualTo(expected);
        assertThat(modules.stream().filter(m -> m.startsWith("plugins/")).toList()).isSorted();
        assertThat(texts(after, "/project/dependencyManagement/dependencies/dependency[artifactId='mmm-plugin-"
                + CODE + "']/*")).containsExactly("org.makemothersmatter", "mmm-plugin-" + CODE, "${project.version}");

        Document assembly = xml(read("sites/network/pom.xml"));
        assertThat(texts(assembly, "/project/dependencies/dependency[artifactId='mmm-plugin-" + CODE + "']/*"))
                .containsExactly("org.makemothersmatter", "mmm-plugin-" + CODE);
        String plugin = "/project/dependencies/dependency/artifactId[starts-with(., 'mmm-plugin-')]";
        List<String> plugins = texts(assembly, plugin);
        List<String> expectedPlugins = new ArrayList<>(texts(xml(originalPoms.get("sites/network/pom.xml")), plugin));
        expectedPlugins.add("mmm-plugin-" + CODE);
        Collections.sort(expectedPlugins);
        assertThat(plugins).as("the assembly's plugins, the new one among them in order").isEqualTo(expectedPlugins);

        for (String pom : List.of("pom.xml", "sites/network/pom.xml")) {
            List<String> lines = read(pom).lines().toList();
            assertThat(lines.stream().filter(line -> !line.contains(CODE)).toList()).as(pom)
                    .isEqualTo(originalPoms.get(pom).lines().toList());
            assertThat(lines.stream().filter(line -> line.contains(CODE)))
                    .as("the new lines of %s are indented as their neighbours", pom)
                    .allSatisfy(line -> assertThat(lines.get(lines.indexOf(line) - 1)).startsWith(
                            line.substring(0, line.indexOf('<'))));
        }
    }

    @Test
    void itsPomHasTheShapeOfThePluginsPoms() throws Exception {
        Document pom = xml(read(PLUGIN + "pom.xml"));
        Document parent = xml(originalPoms.get("pom.xml"));
        assertThat(texts(pom, "/project/parent/*")).containsExactly(
                text(parent, "/project/groupId"), text(parent, "/project/artifactId"), text(parent, "/project/version"),
                "../../pom.xml");
        assertThat(text(pom, "/project/artifactId")).isEqualTo("mmm-plugin-" + CODE);
        assertThat(text(pom, "/project/name")).isEqualTo("MMM plugin: " + NAME);
        assertThat(texts(pom, "/project/dependencies/dependency/artifactId"))
                .startsWith("mmm-core", "mmm-core").contains("junit-jupiter", "assertj-core");
        assertThat(texts(pom, "/project/dependencies/dependency[type='test-jar']/scope")).containsExactly("test");
    }

    @Test
    void itsContentIsAStarterWithPlaceholdersToReplace() throws IOException {
        for (Language language : List.of(Language.FRENCH, Language.ENGLISH)) {
            String path = CONTENT + "association/" + language.code() + ".md";
            ContentFile file = ContentFile.parse(path, language, read(path));
            assertThat(file.required("name")).isEqualTo(NAME);
            assertThat(file.required("country")).hasSize(2);
            assertThat(file.required("summary")).startsWith("REPLACE");
            assertThat(file.body()).startsWith("REPLACE");
        }
    }

    @Test
    void whatItWritesBuildsAndServesTheSiteInEachOfItsLanguages() throws Exception {
        Path classes = compile(root.resolve(PLUGIN + "src/main/java"), root.resolve("build/classes"),
                System.getProperty("java.class.path"));
        Path testClasses = compile(root.resolve(PLUGIN + "src/test/java"), root.resolve("build/test-classes"),
                classes + java.io.File.pathSeparator + System.getProperty("java.class.path"));
        Path resources = root.resolve(PLUGIN + "src/main/resources");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader plugin = new URLClassLoader(new URL[] {url(classes), url(testClasses), url(resources)},
                getClass().getClassLoader())) {
            assertThat(plugin.loadClass("org.makemothersmatter.plugins.cotedivoire.CoteDivoireContractTest"))
                    .isAssignableTo(PluginContract.class);
            SitePlugin declared = SitePlugins.declared(plugin).stream()
                    .filter(p -> p.getClass().getClassLoader() == plugin).findFirst()
                    .orElseThrow(() -> new AssertionError("No plugin declared by the plugin's service file"));
            assertThat(declared.getClass().getName()).isEqualTo("org.makemothersmatter.plugins.cotedivoire.CoteDivoirePlugin");
            Module module = SitePlugins.module(declared);
            // Core reads content files through the thread's context class loader: the plugin's are there. Its
            // message bundles, stylesheet and logo core looks up with its own class loader, which cannot see this
            // one; the starter has none of them, so its site starts as it will in the assembly.
            thread.setContextClassLoader(plugin);
            Map<String, String> html = new LinkedHashMap<>();
            try (TestServer server = TestServer.start(new TestNetworkSite(), module)) {
                for (String language : List.of("fr", "en")) {
                    for (String path : List.of("/" + CODE + "/" + language + "/", "/" + CODE + "/" + language + "/news")) {
                        TestServer.Page page = server.get(path);
                        assertThat(page.status()).as(path).isEqualTo(200);
                        assertThat(unescaped(page.body())).as(path)
                                .contains("<html lang=\"" + language + "\"", NAME);
                        html.put(path, page.body());
                    }
                    assertThat(html.get("/" + CODE + "/" + language + "/")).as("its starter mission on its home page")
                            .contains("REPLACE with the association");
                }
            }
            assertThat(HtmlValidator.errors(html)).isEmpty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void itRefusesWhatWouldNotBuildOrStartAndWritesNothing(@TempDir Path folder) throws Exception {
        Path repository = copyOfThePoms(folder.resolve("repository"));
        Files.createDirectories(repository.resolve("plugins/portugal"));
        Files.writeString(repository.resolve("plugins/portugal/notes.txt"), "the team's own notes");
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        String named = texts(xml(Files.readString(repository.resolve("pom.xml"))), "/project/modules/module").stream()
                .filter(module -> module.startsWith("plugins/")).findFirst().orElseThrow()
                .substring("plugins/".length());
        List<Refusal> refusals = new ArrayList<>(List.of(
                new Refusal(repository, "Portugal|MMM Portugal|en", "is not a site code"),
                new Refusal(repository, "por_tugal|MMM Portugal|en", "is not a site code"),
                new Refusal(repository, "2portugal|MMM Portugal|en", "is not a site code"),
                new Refusal(repository, "portugal-|MMM Portugal|en", "is not a site code"),
                new Refusal(repository, "void|MMM Portugal|en", "Java keeps for itself"),
                new Refusal(repository, "portugal|MMM Portugal|en", "plugins/portugal exists already"),
                new Refusal(repository, named + "|MMM " + named + "|en",
                        "pom.xml names the plugin " + named + " already"),
                new Refusal(repository, "spain|MMM Spain|xx", "'xx' is not a language tag"),
                new Refusal(repository, "spain|MMM Spain|spanish", "'spanish' is not a language tag"),
                new Refusal(repository, "spain|MMM Spain|en,en", "given twice"),
                new Refusal(repository, "spain|MMM Spain|", "Give the site's languages"),
                new Refusal(repository, "spain| |en", "one line of text"),
                new Refusal(repository, "spain|MMM Spain", "Usage: java -jar sites/network/target/mmm-network.jar new-plugin"),
                new Refusal(elsewhere, "spain|MMM Spain|en", "Run new-plugin from the repository root")));
        for (String reserved : SiteCodes.RESERVED) {
            refusals.add(new Refusal(repository, reserved + "|MMM Portugal|en", "reserved by core"));
        }
        for (String tagShaped : List.of("es", "cat", "pt-br")) {
            refusals.add(new Refusal(repository, tagShaped + "|MMM Portugal|en", "shape of a language tag"));
        }
        Map<String, String> before = snapshot(folder);
        for (Refusal refusal : refusals) {
            Run run = run(refusal.root(), refusal.args().split("\\|", -1));
            assertThat(run.status()).as(refusal.args()).isNotZero();
            assertThat(run.err()).as(refusal.args()).contains(refusal.message());
            assertThat(run.out()).as(refusal.args()).isEmpty();
            assertThat(snapshot(folder)).as(refusal.args()).isEqualTo(before);
        }
    }

    /** Arguments the command must refuse, separated by |, in a root folder, and the words of its refusal. */
    private record Refusal(Path root, String args, String message) {
    }

    /** A folder holding copies of the repository's parent pom and assembly pom, as they are now. */
    private static Path copyOfThePoms(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("sites/network"));
        for (String pom : List.of("pom.xml", "sites/network/pom.xml")) {
            Files.copy(REPOSITORY.resolve(pom), folder.resolve(pom));
        }
        return folder;
    }

    private static Run run(Path root, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(List.of("--root", root.toString()));
        int status = NewPluginCommand.run(command, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String read(String file) throws IOException {
        return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
    }

    /** Every file and folder below a folder (path → content, or "/" for a folder). */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'),
                        Files.isDirectory(path) ? "/" : Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<String> filesUnder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> "plugins/" + CODE + "/" + folder.relativize(path).toString().replace('\\', '/'))
                    .toList();
        }
    }

    /** Compiles every Java file below a folder with the JDK's compiler; returns the folder of the classes. */
    private static Path compile(Path sources, Path classes, String classpath) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Files.createDirectories(classes);
        List<Path> files;
        try (Stream<Path> paths = Files.walk(sources)) {
            files = paths.filter(p -> p.toString().endsWith(".java")).toList();
        }
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean compiled = compiler.getTask(null, manager, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", classpath, "-encoding", "UTF-8", "-proc:none"),
                    null, manager.getJavaFileObjectsFromPaths(files)).call();
            assertThat(compiled).as("%s compiles: %s", sources, diagnostics.getDiagnostics()).isTrue();
        }
        return classes;
    }

    private static URL url(Path folder) throws IOException {
        return folder.toUri().toURL();
    }

    /** A page's text with the escapes the templates apply undone, to find the name as written. */
    private static String unescaped(String html) {
        return html.replace("&#34;", "\"").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static List<String> texts(Document document, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static String text(Document document, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, document).strip();
    }
}
