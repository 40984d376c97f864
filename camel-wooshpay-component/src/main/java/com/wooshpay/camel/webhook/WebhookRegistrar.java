package com.wooshpay.camel.webhook;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.wooshpay.camel.client.WooshPayClient;
import com.wooshpay.camel.client.WooshPayOperation;
import com.wooshpay.camel.model.WebhookEndpoint;
import org.apache.camel.spi.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the WooshPay account has exactly one webhook endpoint for this consumer's URL: reuses a matching one,
 * updates the events of one registered for the same URL, creates one only when none exists. Never a duplicate on
 * restart: a second endpoint for the same URL would deliver every event twice.
 */
final class WebhookRegistrar {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistrar.class);
    private static final String SECRET_KEY_PREFIX = "wooshpay.webhook.secret.";

    /** The endpoint in use and its signing secret (null when only the configured webhookSecret can verify it). */
    record Registration(String endpointId, String secret) {
    }

    private WebhookRegistrar() {
    }

    static Registration register(WooshPayClient client, String url, Set<String> eventTypes, StateRepository<String, String> secrets,
            boolean secretConfigured) {
        List<String> wanted = eventTypes.isEmpty() ? List.of("*") : List.copyOf(eventTypes);
        WebhookEndpoint sameUrl = null;
        for (Iterator<WebhookEndpoint> it = client.paginate(WooshPayOperation.WEBHOOK_ENDPOINT_LIST, null, Map.of("limit", 100)); it.hasNext();) {
            WebhookEndpoint endpoint = it.next();
            if (url.equals(endpoint.getUrl())) {
                if (covers(endpoint, eventTypes)) {
                    return reuse(client, endpoint, url, wanted, secrets, secretConfigured);
                }
                sameUrl = endpoint;
            }
        }
        if (sameUrl != null) {
            Map<String, Object> update = new LinkedHashMap<>();
            update.put("enabled_events", wanted);
            update.put("disabled", false);
            client.execute(WooshPayOperation.WEBHOOK_ENDPOINT_UPDATE, sameUrl.getId(), update, null);
            LOG.info("WooshPay webhook endpoint {} for {} now receives {}", sameUrl.getId(), url, wanted);
            return reuse(client, sameUrl, url, wanted, secrets, secretConfigured);
        }
        return create(client, url, wanted, secrets);
    }

    private static Registration reuse(WooshPayClient client, WebhookEndpoint endpoint, String url, List<String> wanted,
            StateRepository<String, String> secrets, boolean secretConfigured) {
        String known = secrets.getState(SECRET_KEY_PREFIX + endpoint.getId());
        if (known != null || secretConfigured) {
            LOG.info("Reusing WooshPay webhook endpoint {} for {}", endpoint.getId(), url);
            return new Registration(endpoint.getId(), known);
        }
        // WooshPay shows a secret only when it creates the endpoint: without it nothing can be verified, so the
        // endpoint is replaced (one at a time: still no duplicate)
        LOG.warn("WooshPay webhook endpoint {} for {} exists but its signing secret is unknown here; replacing it. Keep"
                 + " the secret across restarts with webhookSecretRepository, or set webhookSecret.", endpoint.getId(), url);
        client.execute(WooshPayOperation.WEBHOOK_ENDPOINT_DELETE, endpoint.getId(), Map.of(), null);
        return create(client, url, wanted, secrets);
    }

    private static Registration create(WooshPayClient client, String url, List<String> wanted, StateRepository<String, String> secrets) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("url", url);
        params.put("enabled_events", wanted);
        params.put("description", "Camel wooshpay:webhook consumer");
        // a fresh idempotency key: a fixed one would replay an endpoint deleted since (WooshPay keeps keys 24 hours)
        WebhookEndpoint created = (WebhookEndpoint) client.execute(WooshPayOperation.WEBHOOK_ENDPOINT_CREATE, null, params, null)
                .value();
        if (created.getSecret() != null) {
            secrets.setState(SECRET_KEY_PREFIX + created.getId(), created.getSecret());
        }
        LOG.info("Registered WooshPay webhook endpoint {} for {} ({})", created.getId(), url, wanted);
        return new Registration(created.getId(), created.getSecret());
    }

    private static boolean covers(WebhookEndpoint endpoint, Set<String> eventTypes) {
        if (!"enabled".equals(endpoint.getStatus()) && endpoint.getStatus() != null) {
            return false;
        }
        List<String> enabled = endpoint.getEnabledEvents() == null ? List.of() : endpoint.getEnabledEvents();
        return enabled.contains("*") || (!eventTypes.isEmpty() && enabled.containsAll(eventTypes));
    }
}
