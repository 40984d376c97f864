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
package com.wooshpay.camel;

/**
 * One WooshPay account of the application (a legal entity, a region, a brand), known by a name: its key, host and
 * webhook. An endpoint takes one with {@code account=<name>}, a message with the {@code CamelWooshPayAccount} header;
 * only the name ever travels, never the key. Set as {@code camel.component.wooshpay.accounts[hk].api-key=...} under
 * Camel Main, {@code camel.component.wooshpay.accounts.hk.api-key=...} under Spring Boot.
 */
public class WooshPayAccount {

    private String apiKey;
    private String baseUrl;
    private String webhookSecret;
    private String webhookPath;
    private String webhookExternalUrl;

    /** The account's secret key (sk_test_... or sk_live_...). */
    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    /** The API host, when not the component's (a test account on https://apitest.wooshpay.com, say). */
    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The signing secret of the account's webhook endpoint; not needed with auto-registration. */
    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    /** Where the account's webhook consumer listens; {@code /wooshpay/webhook/<name>} when not set. */
    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    /** The public base URL WooshPay reaches the account's webhook at, when not the component's. */
    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    /**
     * This account's settings over an endpoint's: what the account sets wins, what it leaves out stays, but for the
     * webhook secret and path, which are the account's own or none.
     */
    void applyTo(String name, WooshPayConfiguration configuration) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("WooshPay account '" + name + "' has no apiKey");
        }
        configuration.setAccount(name);
        configuration.setApiKey(apiKey);
        if (baseUrl != null) {
            configuration.setBaseUrl(baseUrl);
        }
        // never the component's secret: it signs another account's deliveries, which this account must refuse
        configuration.setWebhookSecret(webhookSecret);
        configuration.setWebhookPath(
                webhookPath != null ? webhookPath : WooshPayConfiguration.DEFAULT_WEBHOOK_PATH + "/" + name);
        if (webhookExternalUrl != null) {
            configuration.setWebhookExternalUrl(webhookExternalUrl);
        }
    }

    @Override
    public String toString() {
        // never the key or the secret
        return "WooshPayAccount[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "***")
                + ", webhookSecret=" + (webhookSecret == null ? "unset" : "***") + ", webhookPath=" + webhookPath
                + "]";
    }
}
