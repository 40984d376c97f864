package com.wooshpay.camel.model;

import java.util.List;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A webhook endpoint registered with WooshPay ({@code we_...}). Its {@code secret} is returned only when the
 * endpoint is created; it is never part of {@link #toString()}.
 */
public class WebhookEndpoint extends WooshPayObject {

    private String url;
    @JsonDeserialize(using = LenientStringListDeserializer.class)
    private List<String> enabledEvents;
    private String status;
    private String description;
    private String apiVersion;
    private String secret;
    private Boolean deleted;

    @Override
    public String statusValue() {
        return Boolean.TRUE.equals(deleted) ? "deleted" : status;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEnabledEvents() {
        return enabledEvents;
    }

    public void setEnabledEvents(List<String> enabledEvents) {
        this.enabledEvents = enabledEvents;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    /** True in the answer to a delete. */
    public Boolean getDeleted() {
        return deleted;
    }

    public void setDeleted(Boolean deleted) {
        this.deleted = deleted;
    }
}
