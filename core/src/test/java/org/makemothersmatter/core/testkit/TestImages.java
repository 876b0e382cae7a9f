package org.makemothersmatter.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.makemothersmatter.core.testkit.Browser.FilePart;

/** Pictures made for the tests, and their upload through the back office's form, as an editor uploads one. */
public final class TestImages {

    private TestImages() {
    }

    /** A picture of two colours; a transparent one has its right half see-through. */
    public static BufferedImage picture(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(160, 30, 80));
        g.fillRect(0, 0, width / 2, height);
        g.setColor(transparent ? new Color(0, 0, 0, 0) : new Color(250, 240, 200));
        g.setComposite(AlphaComposite.Src);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    /** The picture as a file of this format ("jpg", "png", "gif"), as an uploader's camera or tool writes it. */
    public static byte[] encode(BufferedImage image, String format) {
        BufferedImage written = image;
        if (format.equals("jpg")) {
            written = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            written.createGraphics().drawImage(image, 0, 0, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(written, format, out)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG photo of this size, as a file field sends it. */
    public static FilePart photo(int width, int height) {
        return new FilePart("file", "photo.jpg", "image/jpeg", encode(picture(width, height, false), "jpg"));
    }

    /** Uploads to Testland through the form and returns the new image's id. */
    public static long upload(Browser browser, String alt, FilePart file) {
        browser.get("/admin/media");
        TestServer.Page uploaded = browser.postMultipart("/admin/media", Map.of("site", "testland", "alt", alt), file);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
        return Long.parseLong(Matches.first(browser.get("/admin/media").body(), "src=\"/media/(\\d+)/"));
    }
}
