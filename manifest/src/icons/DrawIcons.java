import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the two icons Teams requires for the app package: a 192x192 full-colour icon (an envelope
 * on the accent colour) and a 32x32 outline icon (the envelope in white on transparency). Run by the
 * build as a single-file program: {@code java DrawIcons.java <output folder>}.
 */
public class DrawIcons {
    private static final Color ACCENT = new Color(0x5B, 0x5F, 0xC7);
    private static final Color SLOT = new Color(0x44, 0x47, 0xA0);

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        ImageIO.write(color(), "png", folder.resolve("color.png").toFile());
        ImageIO.write(outline(), "png", folder.resolve("outline.png").toFile());
    }

    private static BufferedImage color() {
        BufferedImage image = new BufferedImage(192, 192, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image);
        g.setColor(ACCENT);
        g.fill(new RoundRectangle2D.Double(0, 0, 192, 192, 40, 40));
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(36, 56, 120, 84, 12, 12));
        g.setColor(SLOT);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(flap(36, 56, 120, 84));
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(60, 150, 72, 8, 8, 8));
        g.dispose();
        return image;
    }

    private static BufferedImage outline() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new RoundRectangle2D.Double(5, 8, 22, 16, 3, 3));
        g.draw(flap(5, 8, 22, 16));
        g.dispose();
        return image;
    }

    /** The envelope's flap: from both upper corners down to the middle. */
    private static Path2D flap(double x, double y, double width, double height) {
        Path2D path = new Path2D.Double();
        path.moveTo(x + width * 0.06, y + height * 0.08);
        path.lineTo(x + width / 2, y + height * 0.55);
        path.lineTo(x + width * 0.94, y + height * 0.08);
        return path;
    }

    private static Graphics2D smooth(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }
}
