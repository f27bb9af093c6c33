package draftlint.serve;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Opens the page in the default browser ({@code serve --open}): Java's desktop integration where
 * it works, else the system's own opener. Never fails the server: without a browser the address
 * printed is still there to open by hand.
 */
public final class BrowserOpener {
    private BrowserOpener() {
    }

    /** Opens the address; returns null, or why it could not be opened (the opener and its error). */
    public static String open(URI address) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(address);
                return null;
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // fall through to the system's opener (java.desktop may be absent from a trimmed runtime)
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.startsWith("windows")
                ? List.of("rundll32", "url.dll,FileProtocolHandler", address.toString())
                : os.contains("mac") ? List.of("open", address.toString()) : List.of("xdg-open", address.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return null;
        } catch (IOException | RuntimeException e) {
            return command.get(0) + ": " + e.getMessage();
        }
    }
}
