package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.makemothersmatter.core.testkit.TestImages.deepPng;
import static org.makemothersmatter.core.testkit.TestImages.encode;
import static org.makemothersmatter.core.testkit.TestImages.picture;
import static org.makemothersmatter.core.testkit.TestImages.upload;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.media.DecodingTurns;
import org.makemothersmatter.core.media.Images;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.Browser.FilePart;
import org.makemothersmatter.core.testkit.TestServer;

/** Editors upload images for their articles; only real images, described, of bounded size, on their own sites. */
class ImageUploadTest {

    private static final String PASSWORD = "a long and secret password";
    private static TestServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSites.module());
        Accounts accounts = server.instance(Accounts.class);
        TestSites.createTeam(accounts, PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aJpegIsServedReEncodedAtEveryWidthUpToItsOwn() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long id = upload(editor, "A mother [and] her child", new FilePart("file", "photo.jpg", "image/jpeg",
                encode(picture(1000, 700, false), "jpg")));

        TestServer.Page list = editor.get("/admin/media?site=testland");
        assertThat(list.body()).contains("![A mother \\[and\\] her child](/media/" + id + "/800)",
                "src=\"/media/" + id + "/400\"");
        for (int width : new int[] {400, 800, 1000}) {
            HttpResponse<byte[]> variant = fetch("/media/" + id + "/" + width);
            assertThat(variant.statusCode()).isEqualTo(200);
            assertThat(variant.headers().firstValue("Content-Type")).hasValue("image/jpeg");
            assertThat(variant.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            assertThat(variant.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            BufferedImage image = decode(variant.body());
            assertThat(image.getWidth()).isEqualTo(width);
            assertThat(image.getHeight()).isEqualTo(width * 700 / 1000);
        }
        assertThat(fetch("/media/" + id + "/1600").statusCode()).as("never enlarged").isEqualTo(404);
        TestServer.Page largest = server.get("/media/" + id);
        assertThat(largest.status()).isEqualTo(302);
        assertThat(largest.header("Location")).isEqualTo("/media/" + id + "/1000");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'image.upload' AND target = 'image " + id + "'"))
                .isEqualTo(1);
    }

    @Test
    void aPngOrGifKeepsItsTransparencyAndAnOpaqueOneBecomesAJpeg() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long transparent = upload(editor, "Our logo", new FilePart("file", "logo.png", "image/png",
                encode(picture(500, 200, true), "png")));
        HttpResponse<byte[]> variant = fetch("/media/" + transparent + "/400");
        assertThat(variant.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage image = decode(variant.body());
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getRGB(399, 0) >>> 24).as("the transparent corner").isZero();
        assertThat(fetch("/media/" + transparent + "/500").headers().firstValue("Content-Type")).hasValue("image/png");

        long gif = upload(editor, "A drawing", new FilePart("file", "drawing.gif", "image/gif",
                encode(picture(120, 80, true), "gif")));
        HttpResponse<byte[]> drawing = fetch("/media/" + gif + "/120");
        assertThat(drawing.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(decode(drawing.body()).getRGB(119, 0) >>> 24).isZero();

        long opaque = upload(editor, "A chart", new FilePart("file", "chart.png", "image/png",
                encode(picture(300, 200, false), "png")));
        HttpResponse<byte[]> small = fetch("/media/" + opaque + "/300");
        assertThat(small.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(decode(small.body()).getWidth()).as("narrower than every usual width: its own").isEqualTo(300);
        assertThat(editor.get("/admin/media").body()).contains("![A chart](/media/" + opaque + "/300)");
    }

    @Test
    void aPhotoTakenUprightIsServedUpright() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long id = upload(editor, "A portrait", new FilePart("file", "portrait.jpg", "image/jpeg",
                withExifOrientation(encode(picture(60, 40, false), "jpg"), 6)));
        BufferedImage image = decode(fetch("/media/" + id + "/40").body());
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(60);
    }

    @Test
    void aLargePhotoIsTakenWithItsVariantsInItsShape() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long id = upload(editor, "The whole delegation", new FilePart("file", "large.jpg", "image/jpeg",
                encode(picture(6000, 4500, false), "jpg")));
        assertThat(editor.get("/admin/media/" + id).body()).contains("6000", "4500");
        for (int width : new int[] {400, 800, 1600}) {
            BufferedImage variant = decode(fetch("/media/" + id + "/" + width).body());
            assertThat(variant.getWidth()).isEqualTo(width);
            assertThat(variant.getHeight()).isEqualTo(width * 3 / 4);
        }

        long portrait = upload(editor, "The delegation’s speaker", new FilePart("file", "portrait.jpg", "image/jpeg",
                withExifOrientation(encode(picture(4800, 3200, false), "jpg"), 6)));
        BufferedImage upright = decode(fetch("/media/" + portrait + "/1600").body());
        assertThat(upright.getWidth()).isEqualTo(1600);
        assertThat(upright.getHeight()).isEqualTo(2400);
    }

    @Test
    void anImageIsWeighedByTheBitsOfItsPixelsBeforeItIsDecoded() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long before = count("SELECT COUNT(*) FROM image");
        // 6300 × 6300 pixels of 64 bits in about 300 KB: within the pixel bounds, but 318 MB decoded.
        FilePart bomb = deepPng(6300, 6300);
        assertThat(bomb.content().length).isLessThan(Images.MAX_BYTES);
        editor.get("/admin/media");
        TestServer.Page refused = editor.postMultipart("/admin/media", Map.of("site", "testland", "alt", "A bomb"),
                bomb);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("6,300 × 6,300 pixels of 64 bits", "318 MB of memory",
                "more than the 160 MB allowed", "value=\"A bomb\"");
        assertThat(count("SELECT COUNT(*) FROM image")).isEqualTo(before);

        // The same depth within the memory an image may take is taken.
        long deep = upload(editor, "A deep drawing", deepPng(4000, 3000));
        for (int width : new int[] {400, 800, 1600}) {
            HttpResponse<byte[]> variant = fetch("/media/" + deep + "/" + width);
            assertThat(variant.headers().firstValue("Content-Type")).hasValue("image/png");
            BufferedImage image = decode(variant.body());
            assertThat(image.getWidth()).isEqualTo(width);
            assertThat(image.getHeight()).isEqualTo(width * 3 / 4);
            assertThat(image.getRGB(width - 1, 0) >>> 24).as("see-through").isZero();
        }
    }

    @Test
    void uploadsSentAtOnceAreAllTakenInTurn() throws Exception {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        editor.get("/admin/media");
        Map<String, String> fields = Map.of("_csrf", editor.csrf(), "site", "testland", "alt", "At once");
        FilePart photo = new FilePart("file", "photo.jpg", "image/jpeg", encode(picture(3200, 2000, false), "jpg"));
        int uploads = 6;
        ExecutorService senders = Executors.newFixedThreadPool(uploads);
        try {
            List<Future<TestServer.Page>> sent = IntStream.range(0, uploads)
                    .mapToObj(i -> senders.submit(() -> editor.postMultipartRaw("/admin/media.json", fields, photo)))
                    .toList();
            List<Long> ids = new ArrayList<>();
            for (Future<TestServer.Page> upload : sent) {
                TestServer.Page created = upload.get();
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                ids.add(Long.parseLong(Matches.first(created.body(), "\"id\":(\\d+)")));
            }
            assertThat(ids).doesNotHaveDuplicates();
            for (long id : ids) {
                assertThat(decode(fetch("/media/" + id + "/1600").body()).getHeight()).isEqualTo(1000);
            }
        } finally {
            senders.shutdown();
        }
    }

    @Test
    void anUploadThatWaitsTooLongForItsTurnIsAskedToComeBackAndNothingIsStored() {
        DecodingTurns oneTurn = new DecodingTurns(1, Duration.ofSeconds(1));
        try (TestServer busy = TestServer.start(TestSites.module(),
                binder -> binder.bind(DecodingTurns.class).toInstance(oneTurn))) {
            TestSites.createTeam(busy.instance(Accounts.class), PASSWORD);
            Browser editor = busy.signedIn("editor@testland.org", PASSWORD);
            Map<String, String> fields = Map.of("site", "testland", "alt", "Kept as typed");
            FilePart photo = new FilePart("file", "photo.jpg", "image/jpeg", encode(picture(200, 100, false), "jpg"));
            editor.get("/admin/media");
            // The only turn is taken while the upload is sent.
            TestServer.Page page = oneTurn.take(() -> editor.postMultipart("/admin/media", fields, photo));
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.header("Retry-After")).isEqualTo("30");
            assertThat(page.body()).contains("the server is busy reading other images", "value=\"Kept as typed\"");
            TestServer.Page json = oneTurn.take(() -> editor.postMultipart("/admin/media.json", fields, photo));
            assertThat(json.status()).isEqualTo(503);
            assertThat(json.body()).contains("the server is busy reading other images");
            long stored = busy.instance(Jdbi.class).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM image")
                    .mapTo(Long.class).one());
            assertThat(stored).isZero();

            assertThat(editor.postMultipart("/admin/media", fields, photo).status()).as("once it is free")
                    .isEqualTo(303);
        }
    }

    @Test
    void imageIdsCannotBeFoundByCounting() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long first = upload(editor, "First", new FilePart("file", "first.jpg", "image/jpeg",
                encode(picture(100, 100, false), "jpg")));
        long second = upload(editor, "Second", new FilePart("file", "second.jpg", "image/jpeg",
                encode(picture(100, 100, false), "jpg")));
        assertThat(second).isNotIn(first - 1, first, first + 1);
        assertThat(List.of(first, second)).allSatisfy(id -> assertThat(id).isPositive().isLessThan(1L << 53));
        assertThat(editor.get("/admin/media").body()).as("newest first, whatever their ids")
                .containsPattern(Pattern.compile("/media/" + second + "/.*/media/" + first + "/", Pattern.DOTALL));
    }

    @Test
    void whatIsNotAnImageIsRefusedWhateverItsNameAndNothingIsStored() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long before = count("SELECT COUNT(*) FROM image") + count("SELECT COUNT(*) FROM image_variant");
        byte[] jpeg = encode(picture(200, 100, false), "jpg");
        List<Map.Entry<String, FilePart>> files = List.of(
                Map.entry("not a JPEG, PNG, GIF or WebP image", new FilePart("file", "photo.jpg", "image/jpeg",
                        "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))),
                Map.entry("not a JPEG, PNG, GIF or WebP image", new FilePart("file", "drawing.jpg", "image/jpeg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8))),
                Map.entry("WebP images cannot be read here yet", new FilePart("file", "photo.webp", "image/webp",
                        "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))),
                Map.entry("could not be read as a JPEG image", new FilePart("file", "cut.jpg", "image/jpeg",
                        Arrays.copyOf(jpeg, jpeg.length / 2))),
                Map.entry("could not be read as a PNG image", new FilePart("file", "fake.png", "image/png",
                        Arrays.copyOf(encode(picture(200, 100, true), "png"), 60))),
                Map.entry("Choose an image file", new FilePart("file", "", "application/octet-stream", new byte[0])));
        for (var file : files) {
            editor.get("/admin/media");
            TestServer.Page refused = editor.postMultipart("/admin/media", Map.of("site", "testland",
                    "alt", "Kept as typed"), file.getValue());
            assertThat(refused.status()).as(file.getValue().fileName()).isEqualTo(422);
            assertThat(refused.body()).contains(file.getKey(), "value=\"Kept as typed\"");
        }
        assertThat(count("SELECT COUNT(*) FROM image") + count("SELECT COUNT(*) FROM image_variant")).isEqualTo(before);
    }

    @Test
    void anImageWithoutAlternativeTextIsRefused() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long before = count("SELECT COUNT(*) FROM image");
        for (String alt : new String[] {"", "   ", "x".repeat(301)}) {
            editor.get("/admin/media");
            TestServer.Page refused = editor.postMultipart("/admin/media", Map.of("site", "testland", "alt", alt),
                    new FilePart("file", "photo.jpg", "image/jpeg", encode(picture(100, 100, false), "jpg")));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body()).containsAnyOf("alternative text is what", "at most 300 characters");
        }
        assertThat(count("SELECT COUNT(*) FROM image")).isEqualTo(before);
    }

    @Test
    void aFileOverTheLimitIsRefused() throws IOException {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long before = count("SELECT COUNT(*) FROM image");
        byte[] overLimit = Arrays.copyOf(encode(picture(100, 100, false), "png"), 5 * 1024 * 1024 + 1);
        editor.get("/admin/media");
        TestServer.Page refused = editor.postMultipart("/admin/media", Map.of("site", "testland", "alt", "Big"),
                new FilePart("file", "big.png", "image/png", overLimit));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("larger than 5 MB");

        // A body said to be over the limit is refused from its headers alone, before any of it is read. Sent by
        // hand, so that the test does not race the server's closing of the connection while a client still sends.
        try (Socket socket = new Socket("localhost", server.uri("/").getPort())) {
            socket.getOutputStream().write(("POST /admin/media HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + 7 * 1024 * 1024
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String tooLarge = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(tooLarge).startsWith("HTTP/1.1 413").contains("larger than this site accepts");
        }
        assertThat(count("SELECT COUNT(*) FROM image")).isEqualTo(before);
    }

    @Test
    void aFormCutShortIsABadRequest() throws Exception {
        byte[] cut = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\n\r\nabc"
                .getBytes(StandardCharsets.UTF_8);
        // Sent as a stream, so without a length: the server finds out only by reading it.
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(server.uri("/admin/media"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(cut))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void onlyEditorsOfTheSiteMayUploadAndOnlyWithTheFormsToken() {
        long before = count("SELECT COUNT(*) FROM image");
        FilePart photo = new FilePart("file", "photo.jpg", "image/jpeg", encode(picture(100, 100, false), "jpg"));
        Map<String, String> fields = Map.of("site", "testland", "alt", "Forged");

        Browser stranger = server.signedIn("editor@otherland.org", PASSWORD);
        stranger.get("/admin/media");
        assertThat(stranger.postMultipart("/admin/media", fields, photo).status()).isEqualTo(403);

        Browser translator = server.signedIn("translator@testland.org", PASSWORD);
        TestServer.Page list = translator.get("/admin/media");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).as("no upload form for translators").doesNotContain("enctype=\"multipart/form-data\"");
        assertThat(translator.postMultipart("/admin/media", fields, photo).status()).isEqualTo(403);

        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        editor.get("/admin/media");
        assertThat(editor.postMultipartRaw("/admin/media", fields, photo).status()).as("no CSRF token").isEqualTo(403);
        assertThat(editor.postMultipartRaw("/admin/media", Map.of("_csrf", "forged", "site", "testland", "alt", "x"),
                photo).status()).as("a wrong CSRF token").isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM image")).isEqualTo(before);
    }

    @Test
    void unknownImagesAreNotFound() {
        for (String path : new String[] {"/media/999999/800", "/media/abc/def", "/media/1/abc", "/media/01/800",
                "/media/999999", "/media/99999999999999999999999/800"}) {
            assertThat(server.get(path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void anImagePastedIntoAnArticleIsShownWithItsAlternativeText() {
        Browser editor = server.signedIn("editor@testland.org", PASSWORD);
        long image = upload(editor, "Mothers at the UN", new FilePart("file", "un.jpg", "image/jpeg",
                encode(picture(900, 600, false), "jpg")));
        editor.get("/admin/articles/new?site=testland");
        TestServer.Page created = editor.post("/admin/articles", Map.of("site", "testland", "section", "national",
                "language", "en", "title", "Pictured at the UN", "excerpt", "",
                "body", "Our delegation.\n\n![Mothers at the UN](/media/" + image + "/800)"));
        String article = created.header("Location").replaceAll("\\?.*", "");
        String version = Matches.first(editor.get(article).body(), "name=\"itemVersion\" value=\"(\\d+)\"");
        assertThat(editor.post(article + "/publish", Map.of("version", version)).status()).isEqualTo(303);

        TestServer.Page page = server.get("/testland/en/news/pictured-at-the-un");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsPattern("<img src=\"/media/" + image + "/800\" alt=\"Mothers at the UN\"");
        assertThat(page.header("Content-Security-Policy")).contains("img-src 'self'");
        assertThat(fetch("/media/" + image + "/800").statusCode()).isEqualTo(200);
    }


    /** The JPEG with an EXIF segment after its JFIF one, saying how the camera was held, as cameras write it. */
    private static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer exif = ByteBuffer.allocate(36);
        exif.putShort((short) 0xFFE1).putShort((short) 34).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8)
                .putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0).putInt(0);
        int afterJfif = 4 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterJfif);
        out.writeBytes(exif.array());
        out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<byte[]> fetch(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
