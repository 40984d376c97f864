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
package com.wooshpay.camel.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A WooshPay PaymentIntent ({@code pi_...}). */
public class PaymentIntent extends WooshPayObject {

    private Long amount;
    private Long amountCapturable;
    private Long amountReceived;
    private String currency;
    private String status;
    private String description;
    private String merchantOrderId;
    private String clientSecret;
    private String customer;
    private String captureMethod;
    private String confirmationMethod;
    private String paymentMethod;

    @JsonDeserialize(using = LenientStringListDeserializer.class)
    private List<String> paymentMethodTypes;

    @JsonDeserialize(using = LenientJsonDeserializer.class)
    private JsonNode paymentMethodOptions;

    @JsonDeserialize(using = LenientJsonDeserializer.class)
    private JsonNode nextAction;

    @JsonDeserialize(using = LenientJsonDeserializer.class)
    private JsonNode lastPaymentError;

    private String returnUrl;
    private String cancellationReason;

    /** The URL the customer must open to pay, taken from {@code next_action}; null when there is none. */
    @JsonIgnore
    public String getRedirectUrl() {
        return RedirectUrls.find(nextAction);
    }

    @Override
    public String statusValue() {
        return status;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public Long getAmountCapturable() {
        return amountCapturable;
    }

    public void setAmountCapturable(Long amountCapturable) {
        this.amountCapturable = amountCapturable;
    }

    public Long getAmountReceived() {
        return amountReceived;
    }

    public void setAmountReceived(Long amountReceived) {
        this.amountReceived = amountReceived;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
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

    public String getMerchantOrderId() {
        return merchantOrderId;
    }

    public void setMerchantOrderId(String merchantOrderId) {
        this.merchantOrderId = merchantOrderId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getCaptureMethod() {
        return captureMethod;
    }

    public void setCaptureMethod(String captureMethod) {
        this.captureMethod = captureMethod;
    }

    public String getConfirmationMethod() {
        return confirmationMethod;
    }

    public void setConfirmationMethod(String confirmationMethod) {
        this.confirmationMethod = confirmationMethod;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public List<String> getPaymentMethodTypes() {
        return paymentMethodTypes;
    }

    public void setPaymentMethodTypes(List<String> paymentMethodTypes) {
        this.paymentMethodTypes = paymentMethodTypes;
    }

    public JsonNode getPaymentMethodOptions() {
        return paymentMethodOptions;
    }

    public void setPaymentMethodOptions(JsonNode paymentMethodOptions) {
        this.paymentMethodOptions = paymentMethodOptions;
    }

    public JsonNode getNextAction() {
        return nextAction;
    }

    public void setNextAction(JsonNode nextAction) {
        this.nextAction = nextAction;
    }

    public JsonNode getLastPaymentError() {
        return lastPaymentError;
    }

    public void setLastPaymentError(JsonNode lastPaymentError) {
        this.lastPaymentError = lastPaymentError;
    }

    public String getReturnUrl() {
        return returnUrl;
    }

    public void setReturnUrl(String returnUrl) {
        this.returnUrl = returnUrl;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }
}
