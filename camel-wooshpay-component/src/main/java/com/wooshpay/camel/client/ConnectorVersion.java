package com.wooshpay.camel.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The connector's version, from a resource the build fills in; used in the User-Agent. */
public final class ConnectorVersion {

    private static final String VERSION = load();

    private ConnectorVersion() {
    }

    public static String get() {
        return VERSION;
    }

    public static String userAgent() {
        return "camel-wooshpay/" + VERSION + " (Java " + System.getProperty("java.version") + ")";
    }

    private static String load() {
        try (InputStream in = ConnectorVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
