package crosscheck.fetch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Address literals only: nothing here resolves a name or opens a connection. */
class AddressPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.1",
            "192.168.1.1", "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.100.100.200", "0.0.0.0", "0.1.2.3",
            "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.0.8", "198.18.0.1", "192.0.2.1",
            "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3",
            "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a00:1", "2002:c0a8:101::1", "2001:db8::1"})
    void refusesNonPublicAddresses(String literal) throws UnknownHostException {
        assertNotNull(AddressPolicy.PUBLIC_ONLY.refusal(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "151.101.1.69", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
            "::ffff:8.8.8.8", "64:ff9b::808:808"})
    void allowsPublicAddresses(String literal) throws UnknownHostException {
        assertNull(AddressPolicy.PUBLIC_ONLY.refusal(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "::1"})
    void theIntranetSettingAllowsPrivateAddresses(String literal) throws UnknownHostException {
        assertNull(new AddressPolicy(true).refusal(InetAddress.getByName(literal)), literal);
    }
}
