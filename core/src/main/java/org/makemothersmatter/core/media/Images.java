package org.makemothersmatter.core.media;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Refused;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.Daos;

/**
 * Images for articles. An upload is taken only from who may edit the site, with an alternative text, and
 * only if its content is a JPEG, PNG, GIF or WebP image that decodes and is not too large. Pages are then
 * served variants of it, re-encoded at a few widths: never bytes as the uploader sent them. Who may edit the site
 * changes an image's alternative text, and deletes an image that no article or page uses.
 *
 * <p>Decoding is what takes memory, so uploads are decoded a few at a time, the others waiting their turn, and a
 * large image is read at only the size its widest variant needs. A new image's id is random, so that an image
 * uploaded for a draft cannot be found at {@code /media/{id}} by counting.
 */
public final class Images {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The largest upload, as people read it. */
    public static final String MAX_SIZE = MAX_BYTES / (1024 * 1024) + " MB";
    public static final int MAX_ALT_LENGTH = 300;
    /** The work of decoding grows with the pixels, even those a large image's reading skips. */
    static final int MAX_SIDE = 12_000;
    static final long MAX_PIXELS = 40_000_000;
    /**
     * The memory an image may take decoded at full size, from its pixels and the bits the reader stores each in:
     * every 8-bit image within the pixel bounds, but not one of 16 bits a channel that a few hundred kilobytes of
     * PNG inflate to hundreds of megabytes. Counted at full size although most are read smaller: an image
     * narrower than twice the widest variant is read whole.
     */
    static final long MAX_DECODED_BYTES = MAX_PIXELS * 4;
    /** Ids are below 2<sup>53</sup>, so that the picker's script reads them exactly. */
    private static final long ID_BOUND = 1L << 53;
    /** The width a card or a thumbnail asks for. */
    public static final int CARD_WIDTH = 400;
    /** The width an image pasted into an article asks for, as its featured image does. */
    public static final int ARTICLE_WIDTH = 800;
    /** The width a page shared elsewhere (its og:image) asks for: wide screens, and large previews. */
    public static final int SHARE_WIDTH = 1600;
    /** The widths pages are served: a thumbnail or a narrow column, an article, a wide screen. */
    static final List<Integer> WIDTHS = List.of(CARD_WIDTH, ARTICLE_WIDTH, SHARE_WIDTH);
    private static final float JPEG_QUALITY = 0.85f;
    /** The EXIF orientations that turn a photo a quarter, so that its stored height is its shown width. */
    private static final Set<Orientation> TURNED = Set.of(Orientation.LEFT_TOP, Orientation.RIGHT_TOP,
            Orientation.RIGHT_BOTTOM, Orientation.LEFT_BOTTOM);

    private final Jdbi jdbi;
    private final ImageDao images;
    private final Sites sites;
    private final AuditLog audit;
    private final ContentEvents events;
    private final Clock clock;
    private final DecodingTurns turns;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public Images(Jdbi jdbi, Sites sites, AuditLog audit, ContentEvents events, Clock clock, DecodingTurns turns) {
        this.jdbi = jdbi;
        this.images = Daos.of(jdbi, ImageDao.class);
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.turns = turns;
    }

    /** An image that something uses cannot be deleted (the image's page lists what uses it). Nothing was deleted. */
    public static final class InUse extends RuntimeException {
        InUse(long id) {
            super("Image " + id + " is in use");
        }
    }

    /** The server decodes a few uploads at once; this one waited its turn too long. Nothing was stored. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("Too many images are being decoded");
        }
    }

    /** Checks and stores an upload with its variants; returns the image's id. */
    public long upload(Account account, String siteCode, String altText, InputStream content) {
        Site site = sites.find(siteCode).orElseThrow(() -> new Refused("refused.image.site"));
        requireEditor(account, site.code(), "upload");
        String alt = alt(altText);
        Prepared image = turns.take(() -> prepare(content));
        return jdbi.inTransaction(handle -> {
            ImageDao dao = handle.attach(ImageDao.class);
            long id = newId(dao);
            dao.insert(id, site.code(), alt, image.type().contentType(), image.width(), image.height(), account.id(),
                    clock.instant());
            dao.insertOriginal(id, image.original());
            image.variants().forEach((width, variant) -> dao.insertVariant(id, width, image.variantType(), variant));
            audit.record(account.id(), account.email(), "image.upload", site.code(), "image " + id,
                    image.type().label() + " " + image.width() + "×" + image.height() + ": " + alt, null);
            return id;
        });
    }

    /** A new image's id: random, and tried again in the rare case another image has it. */
    private long newId(ImageDao dao) {
        long id;
        do {
            id = 1 + random.nextLong(ID_BOUND - 1);
        } while (dao.exists(id));
        return id;
    }

    /** An image of one of the account's sites. */
    public ImageDao.Listed find(Account account, long id) {
        ImageDao.Listed image = images.find(id, ARTICLE_WIDTH).orElseThrow(() -> new NotFound(id));
        if (!account.worksOn(image.site())) {
            throw new AccessDenied(account.email() + " does not work on " + image.site() + ".");
        }
        return image;
    }

    /**
     * Changes an image's alternative text. Pages that show it from its record (an article's featured image) show the
     * new text; a text that has the image in its Markdown keeps the alternative text written there.
     */
    public void describe(Account account, long id, String altText) {
        ImageDao.Listed image = find(account, id);
        requireEditor(account, image.site(), "describe");
        String alt = alt(altText);
        jdbi.useTransaction(handle -> {
            handle.attach(ImageDao.class).describe(id, alt);
            audit.record(account.id(), account.email(), "image.describe", image.site(), "image " + id, alt, null);
            events.afterCommit(handle, ContentChanged.of(image.site(), ContentChanged.Item.of("image", id)));
        });
    }

    /**
     * What shows the image: the articles it is the featured image of, the texts of articles and pages, published or
     * not, and their changes waiting.
     */
    public List<ImageDao.Use> uses(long id) {
        return images.uses(id, inPath(id), whole(id));
    }

    /** Deletes an image nothing uses, with its variants; one that something uses is refused ({@link InUse}). */
    public void delete(Account account, long id) {
        ImageDao.Listed image = find(account, id);
        requireEditor(account, image.site(), "delete");
        jdbi.useTransaction(handle -> {
            ImageDao dao = handle.attach(ImageDao.class);
            List<ImageDao.Use> uses = dao.uses(id, inPath(id), whole(id));
            if (!uses.isEmpty()) {
                throw new InUse(id);
            }
            dao.delete(id);
            audit.record(account.id(), account.email(), "image.delete", image.site(), "image " + id,
                    image.altText(), null);
        });
    }

    /** The images of the account's sites, or of one of them, newest first. */
    public Slice<ImageDao.Listed> list(Account account, String site, PageRequest page) {
        List<String> scope = sites.plugins().stream().map(p -> p.site().code()).filter(account::worksOn)
                .filter(code -> site == null || code.equals(site)).toList();
        if (scope.isEmpty()) {
            return new Slice<>(List.of(), page, 0);
        }
        return new Slice<>(images.list(scope, ARTICLE_WIDTH, page.size(), page.offset()), page, images.count(scope));
    }

    /** The images of a site, newest first, to choose one (an article's featured image). */
    public List<ImageDao.Named> ofSite(String site) {
        return images.ofSite(site);
    }

    /**
     * The width of the variant to ask for to show an image this wide ({@code width}, as uploaded) at most
     * {@code wanted} wide, one of the usual widths: that width if the image is as wide, else the image's own width,
     * which is then a variant of its own (see {@link #widths}).
     */
    public static int variantWidth(int width, int wanted) {
        if (!WIDTHS.contains(wanted)) {
            throw new IllegalArgumentException("No variant is made " + wanted + " pixels wide");
        }
        return Math.min(width, wanted);
    }

    public Optional<ImageDao.Variant> variant(long id, int width) {
        return images.variant(id, width);
    }

    public Optional<Integer> largestWidth(long id) {
        return images.largestWidth(id);
    }

    /** The pattern of an address of one of the image's variants, {@code /media/12/800}, as a text's HTML has it. */
    private static String inPath(long id) {
        return "%/media/" + id + "/%";
    }

    /** The pattern of the image's own address, {@code /media/12} (its largest variant), ending an attribute. */
    private static String whole(long id) {
        return "%/media/" + id + "\"%";
    }

    /** No image has this id. */
    public static final class NotFound extends RuntimeException {
        NotFound(long id) {
            super("No image " + id);
        }
    }

    private static void requireEditor(Account account, String site, String action) {
        if (!account.worksOn(site)) {
            throw new AccessDenied(account.email() + " does not work on " + site + ".");
        }
        if (account.role() == Role.TRANSLATOR) {
            throw new AccessDenied("A translator cannot " + action + " images.");
        }
    }

    /** An alternative text as it is kept: its spaces made one, refused if empty or longer than its column. */
    private static String alt(String typed) {
        String alt = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (alt.isEmpty()) {
            throw new Refused("refused.image.alt");
        }
        if (alt.length() > MAX_ALT_LENGTH) {
            throw new Refused("refused.image.altTooLong", MAX_ALT_LENGTH);
        }
        return alt;
    }

    /**
     * The widths of an image's variants: the usual ones the image is as wide as (it is never enlarged), and
     * its own width when it is narrower than the widest, so that every image has at least one.
     */
    static List<Integer> widths(int width) {
        List<Integer> widths = new ArrayList<>(WIDTHS.stream().filter(w -> w <= width).toList());
        if (width < WIDTHS.get(WIDTHS.size() - 1) && !widths.contains(width)) {
            widths.add(width);
        }
        return widths;
    }

    /** Reads at most one byte more than allowed: enough to know a file is too large without keeping it all. */
    private static byte[] read(InputStream content) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length == 0) {
                throw new Refused("refused.image.noFile");
            }
            if (bytes.length > MAX_BYTES) {
                throw new Refused("refused.image.tooLarge", MAX_SIZE);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An upload as it came, its type, its size as shown, and its variants by width, all of one content type. */
    private record Prepared(byte[] original, ImageType type, int width, int height, String variantType,
                            Map<Integer, byte[]> variants) {
    }

    /**
     * Reads and decodes an upload and encodes its variants, in its turn (see {@link DecodingTurns}): an upload
     * waiting holds no more than the server's copy of the request, and its pixels are no longer held when the next
     * one's turn comes.
     */
    private static Prepared prepare(InputStream content) {
        byte[] bytes = read(content);
        ImageType type = ImageType.of(bytes).orElseThrow(() -> new Refused("refused.image.notImage"));
        Decoded image = decode(type, bytes);
        boolean transparent = transparent(image.pixels());
        Map<Integer, byte[]> variants = new LinkedHashMap<>();
        for (int width : widths(image.width())) {
            variants.put(width, encode(image, width, transparent));
        }
        return new Prepared(bytes, type, image.width(), image.height(),
                (transparent ? ImageType.PNG : ImageType.JPEG).contentType(), variants);
    }

    /**
     * An upload's pixels, read at the size its variants need, its orientation, and its full size as shown (a photo
     * taken upright may be stored lying).
     */
    private record Decoded(BufferedImage pixels, Orientation orientation, int width, int height) {
    }

    /**
     * Decodes with the reader of the type the content claims, so that a file is never read as another type.
     * The size, and the memory it takes decoded, are checked before the pixels are read. An image at least twice
     * as wide as the widest variant is read skipping pixels (keeping every second, third...), still at least as
     * wide as that variant. A warning (such as a JPEG cut short, which the reader would fill with grey) refuses
     * the file like an error.
     */
    private static Decoded decode(ImageType type, byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageIoFormat());
        if (!readers.hasNext()) {
            throw new Refused("refused.image.type", type.label());
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                throw new Refused("refused.image.pixels", width, height, MAX_SIDE, MAX_PIXELS / 1_000_000);
            }
            int bitsPerPixel = bitsPerPixel(reader.getImageTypes(0).next().getSampleModel(1, 1));
            long decodedBytes = (long) width * height * bitsPerPixel / 8;
            if (decodedBytes > MAX_DECODED_BYTES) {
                throw new Refused("refused.image.memory", width, height, bitsPerPixel,
                        megabytes(decodedBytes), megabytes(MAX_DECODED_BYTES));
            }
            Orientation orientation = type == ImageType.JPEG ? orientation(reader) : null;
            int shownWidth = turned(orientation) ? height : width;
            int step = Math.max(1, shownWidth / WIDTHS.get(WIDTHS.size() - 1));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage pixels = reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw new IOException(String.join("; ", warnings));
            }
            return new Decoded(pixels, orientation, shownWidth, turned(orientation) ? width : height);
        } catch (Refused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Decoders meet damaged or hostile files with all kinds of exceptions: each means the file is unusable.
            throw new Refused("refused.image.damaged", type.label());
        } finally {
            reader.dispose();
        }
    }

    /**
     * The bits the reader stores a pixel in: its samples' data elements (three bytes for a JPEG, eight for a PNG of
     * 16 bits a channel with transparency), or a packed pixel's share of a byte.
     */
    private static int bitsPerPixel(SampleModel model) {
        return model instanceof MultiPixelPackedSampleModel packed ? packed.getPixelBitStride()
                : DataBuffer.getDataTypeSize(model.getDataType()) * model.getNumDataElements();
    }

    /** Bytes as megabytes, rounded up, as a refusal states them. */
    private static long megabytes(long bytes) {
        return (bytes + 999_999) / 1_000_000;
    }

    /** How a photo's camera says to turn it; a photo whose EXIF data cannot be read is shown as stored. */
    private static Orientation orientation(ImageReader reader) {
        try {
            return ExifUtils.getExifOrientation(reader, 0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean turned(Orientation orientation) {
        return orientation != null && TURNED.contains(orientation);
    }

    /** Whether a pixel shows through: an alpha channel that is opaque everywhere does not need a PNG. */
    private static boolean transparent(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                if (argb >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A variant, upright (Thumbnailator takes the width as the turned image's): JPEG for photos, PNG where a
     * pixel shows through.
     */
    private static byte[] encode(Decoded image, int width, boolean transparent) {
        var variant = Thumbnails.of(image.pixels()).width(width)
                .imageType(transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                .outputFormat(transparent ? "png" : "jpg");
        if (image.orientation() != null) {
            variant.addFilter(ExifFilterUtils.getFilterForOrientation(image.orientation()));
        }
        if (!transparent) {
            variant.outputQuality(JPEG_QUALITY);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            variant.toOutputStream(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
