package dev.moddesk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * A refused certificate is told apart from a network failure by the causes the JDK wraps in its handshake
 * exception (the shapes below are those JDK 17 throws); a handshake cut short by the network stays retryable.
 */
class CertificateTroubleTest {
    private static SSLHandshakeException handshake(String message, Throwable cause) {
        SSLHandshakeException e = new SSLHandshakeException(message);
        e.initCause(cause);
        return e;
    }

    @Test
    void anUnknownAuthorityIsNamed() {
        // PKIX: a ValidatorException (a CertificateException) around the path builder's failure
        CertificateException validator = new CertificateException("PKIX path building failed",
                new CertPathBuilderException("unable to find valid certification path to requested target"));
        String reason = CertificateTrouble.reason(handshake("PKIX path building failed", validator)).orElseThrow();
        assertTrue(reason.startsWith("no certificate authority this computer trusts"), reason);
    }

    @Test
    void anExpiredOrNotYetValidCertificateSaysSo() {
        String expired = CertificateTrouble.reason(handshake("x", new CertificateException("validity",
                new CertificateExpiredException("NotAfter: Mon Jan 01 00:00:00 UTC 2024")))).orElseThrow();
        assertEquals("it has expired (NotAfter: Mon Jan 01 00:00:00 UTC 2024)", expired);
        String early = CertificateTrouble.reason(handshake("x",
                new CertificateNotYetValidException("NotBefore: Fri Jan 01 00:00:00 UTC 2100"))).orElseThrow();
        assertTrue(early.startsWith("it is not valid yet"), early);
    }

    @Test
    void aCertificateForAnotherHostSaysWhichName() {
        String reason = CertificateTrouble.reason(handshake("No subject alternative DNS name matching wp.example found.",
                new CertificateException("No subject alternative DNS name matching wp.example found."))).orElseThrow();
        assertEquals("it does not fit this site (No subject alternative DNS name matching wp.example found.)", reason);
    }

    @Test
    void networkFailuresAreNotCertificateProblems() {
        assertEquals(Optional.empty(), CertificateTrouble.reason(
                handshake("Remote host terminated the handshake", new EOFException("SSL peer shut down incorrectly"))));
        assertEquals(Optional.empty(), CertificateTrouble.reason(new ConnectException("Connection refused")));
        assertEquals(Optional.empty(), CertificateTrouble.reason(new IOException("reset")));
    }
}
