package org.makemothersmatter.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
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

    /**
     * A PNG of 16 bits a channel with transparency (8 bytes a pixel once decoded), see-through everywhere: its rows of
     * zeros compress a thousandfold, so that a few hundred kilobytes declare hundreds of megabytes of pixels.
     */
    public static FilePart deepPng(int width, int height) {
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(pixels)) {
            byte[] row = new byte[1 + width * 8];
            for (int y = 0; y < height; y++) {
                deflated.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 16).put((byte) 6).array());
        chunk(png, "IDAT", pixels.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return new FilePart("file", "deep.png", "image/png", png.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A JPEG photo of this size, as a file field sends it. */
    public static FilePart photo(int width, int height) {
        return new FilePart("file", "photo.jpg", "image/jpeg", encode(picture(width, height, false), "jpg"));
    }

    /** Uploads to Testland through the form and returns the new image's id. */
    public static long upload(Browser browser, String alt, FilePart file) {
        return upload(browser, "testland", alt, file);
    }

    /** The same on another site: uploads through the images screen and returns the image's id. */
    public static long upload(Browser browser, String site, String alt, FilePart file) {
        browser.get("/admin/media");
        TestServer.Page uploaded = browser.postMultipart("/admin/media", Map.of("site", site, "alt", alt), file);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
        return Long.parseLong(Matches.first(browser.get("/admin/media").body(), "src=\"/media/(\\d+)/"));
    }
}
