package dev.moddesk.site;

import java.io.IOException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Tells a refused certificate apart from a network failure, and says in plain words what is wrong with it. The JDK
 * reports all of them as an {@link SSLHandshakeException} whose causes name the real problem.
 */
final class CertificateTrouble {
    private CertificateTrouble() {
    }

    /** What is wrong with the site's certificate, when {@code e} is a refused certificate; empty otherwise. */
    static Optional<String> reason(IOException e) {
        if (e instanceof SSLPeerUnverifiedException) {
            return Optional.of("the site sent no certificate that could be checked");
        }
        if (!(e instanceof SSLHandshakeException)) {
            return Optional.empty();
        }
        CertificateException certificate = null;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException) {
                return Optional.of("it has expired (" + t.getMessage() + ")");
            }
            if (t instanceof CertificateNotYetValidException) {
                return Optional.of("it is not valid yet (" + t.getMessage() + ")");
            }
            if (t instanceof CertPathBuilderException) {
                return Optional.of("no certificate authority this computer trusts has signed it "
                        + "(it is self-signed or from a private authority)");
            }
            if (t instanceof CertPathValidatorException v) {
                return Optional.of("its chain of signatures does not check out (" + v.getReason() + ": "
                        + v.getMessage() + ")");
            }
            if (t instanceof CertificateException c && certificate == null) {
                certificate = c;
            }
        }
        // a host name mismatch is a bare CertificateException ("No subject alternative names matching ...")
        return certificate == null ? Optional.empty()
                : Optional.of("it does not fit this site (" + certificate.getMessage() + ")");
    }
}
