/*
 * Copyright 2026 the camel-wooshpay authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package com.wooshpay.camel.webhook;

import java.time.Instant;
import java.util.ArrayList;
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
 * Makes sure the WooshPay account has a webhook endpoint for this consumer's URL whose secret is known here, and never
 * deletes one WooshPay may still be retrying (make-before-break): it reuses an endpoint whose secret it knows (or the
 * configured webhookSecret verifies), updating its events when they differ; when it knows none, it creates a new one
 * first and hands the others over to an {@link EndpointHandover}, which keeps routing what they deliver and disables
 * them only once they have gone quiet.
 */
final class WebhookRegistrar {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistrar.class);
    private static final String SECRET_KEY_PREFIX = "wooshpay.webhook.secret.";

    /**
     * The endpoint in use, its signing secret (null when only the configured webhookSecret verifies it), when it was
     * created, and the other enabled endpoints for the same URL with the secrets known of them: they are being retired.
     */
    record Registration(
            String endpointId, String secret, Instant created, List<String> retiring, List<String> retiringSecrets) {}

    private WebhookRegistrar() {}

    static Registration register(
            WooshPayClient client,
            String url,
            Set<String> eventTypes,
            StateRepository<String, String> secrets,
            boolean secretConfigured) {
        List<String> wanted = eventTypes.isEmpty() ? List.of("*") : List.copyOf(eventTypes);
        List<WebhookEndpoint> sameUrl = new ArrayList<>();
        for (Iterator<WebhookEndpoint> it =
                        client.paginate(WooshPayOperation.WEBHOOK_ENDPOINT_LIST, null, Map.of("limit", 100));
                it.hasNext(); ) {
            WebhookEndpoint endpoint = it.next();
            if (url.equals(endpoint.getUrl()) && isEnabled(endpoint)) {
                sameUrl.add(endpoint);
            }
        }
        WebhookEndpoint keep = choose(sameUrl, eventTypes, secrets, secretConfigured);
        if (keep == null) {
            keep = create(client, url, wanted, secrets);
            if (!sameUrl.isEmpty()) {
                LOG.warn(
                        "The signing secret of the WooshPay webhook endpoint(s) {} for {} is unknown here: created {} next to"
                                + " them; they stay enabled until they have gone quiet, so nothing WooshPay is retrying to them is lost."
                                + " Keep secrets across restarts with a durable webhookSecretRepository or stateRepository.",
                        ids(sameUrl),
                        url,
                        keep.getId());
            }
        } else {
            if (!covers(keep, eventTypes)) {
                Map<String, Object> update = new LinkedHashMap<>();
                update.put("enabled_events", wanted);
                client.execute(WooshPayOperation.WEBHOOK_ENDPOINT_UPDATE, keep.getId(), update, null);
                LOG.info("WooshPay webhook endpoint {} for {} now receives {}", keep.getId(), url, wanted);
            }
            LOG.info("Reusing WooshPay webhook endpoint {} for {}", keep.getId(), url);
        }
        String keptId = keep.getId();
        List<WebhookEndpoint> others =
                sameUrl.stream().filter(e -> !e.getId().equals(keptId)).toList();
        List<String> otherSecrets = others.stream()
                .map(e -> secretOf(secrets, e))
                .filter(s -> s != null)
                .toList();
        String secret = keep.getSecret() != null ? keep.getSecret() : secretOf(secrets, keep);
        return new Registration(
                keptId,
                secret,
                keep.getCreated() != null ? keep.getCreated() : Instant.now(),
                ids(others),
                otherSecrets);
    }

    /** The newest endpoint whose secret is known (the last one this application made), else one the configured secret verifies. */
    private static WebhookEndpoint choose(
            List<WebhookEndpoint> sameUrl,
            Set<String> eventTypes,
            StateRepository<String, String> secrets,
            boolean secretConfigured) {
        for (WebhookEndpoint endpoint : sameUrl) { // WooshPay lists newest first
            if (secretOf(secrets, endpoint) != null) {
                return endpoint;
            }
        }
        if (secretConfigured && !sameUrl.isEmpty()) {
            return sameUrl.stream()
                    .filter(e -> covers(e, eventTypes))
                    .findFirst()
                    .orElse(sameUrl.get(0));
        }
        return null;
    }

    private static WebhookEndpoint create(
            WooshPayClient client, String url, List<String> wanted, StateRepository<String, String> secrets) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("url", url);
        params.put("enabled_events", wanted);
        params.put("description", "Camel wooshpay:webhook consumer");
        // a fresh idempotency key: a fixed one would replay an endpoint deleted since (WooshPay keeps keys 24 hours)
        WebhookEndpoint created =
                (WebhookEndpoint) client.execute(WooshPayOperation.WEBHOOK_ENDPOINT_CREATE, null, params, null)
                        .value();
        if (created.getSecret() != null) {
            // stored before anything is routed: a crash from here on still finds the secret on the next start
            secrets.setState(SECRET_KEY_PREFIX + created.getId(), created.getSecret());
        }
        LOG.info("Registered WooshPay webhook endpoint {} for {} ({})", created.getId(), url, wanted);
        return created;
    }

    /** Disables an endpoint (never deletes it: WooshPay's record of its deliveries stays readable). */
    static void disable(WooshPayClient client, String endpointId) {
        client.execute(WooshPayOperation.WEBHOOK_ENDPOINT_UPDATE, endpointId, Map.of("disabled", true), null);
    }

    private static String secretOf(StateRepository<String, String> secrets, WebhookEndpoint endpoint) {
        return secrets.getState(SECRET_KEY_PREFIX + endpoint.getId());
    }

    private static boolean isEnabled(WebhookEndpoint endpoint) {
        return endpoint.getStatus() == null || "enabled".equals(endpoint.getStatus());
    }

    private static List<String> ids(List<WebhookEndpoint> endpoints) {
        return endpoints.stream().map(WebhookEndpoint::getId).toList();
    }

    private static boolean covers(WebhookEndpoint endpoint, Set<String> eventTypes) {
        List<String> enabled = endpoint.getEnabledEvents() == null ? List.of() : endpoint.getEnabledEvents();
        return enabled.contains("*") || (!eventTypes.isEmpty() && enabled.containsAll(eventTypes));
    }
}
