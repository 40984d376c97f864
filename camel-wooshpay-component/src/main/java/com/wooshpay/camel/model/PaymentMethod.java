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

import java.util.Map;

/** A WooshPay payment method ({@code pm_...}): a saved card or wallet, attached to at most one customer. */
public class PaymentMethod extends WooshPayObject {

    private String type;
    private String customer;
    private Map<String, Object> billingDetails;
    private Card card;

    /** {@code card}, {@code alipayplus}, a wallet name, ... */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The customer it is attached to ({@code cus_...}), null when detached. */
    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public Map<String, Object> getBillingDetails() {
        return billingDetails;
    }

    public void setBillingDetails(Map<String, Object> billingDetails) {
        this.billingDetails = billingDetails;
    }

    /** For cards: brand, last four digits and expiry (never the number). */
    public Card getCard() {
        return card;
    }

    public void setCard(Card card) {
        this.card = card;
    }

    /** What WooshPay keeps of a card. */
    public static class Card {

        private String brand;
        private String last4;
        private Integer expMonth;
        private Integer expYear;
        private String country;

        public String getBrand() {
            return brand;
        }

        public void setBrand(String brand) {
            this.brand = brand;
        }

        public String getLast4() {
            return last4;
        }

        public void setLast4(String last4) {
            this.last4 = last4;
        }

        public Integer getExpMonth() {
            return expMonth;
        }

        public void setExpMonth(Integer expMonth) {
            this.expMonth = expMonth;
        }

        public Integer getExpYear() {
            return expYear;
        }

        public void setExpYear(Integer expYear) {
            this.expYear = expYear;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }
    }
}
