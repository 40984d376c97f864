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

/**
 * Body of {@code customer/create} and {@code customer/update}. An ERP's own customer number belongs in the metadata,
 * so {@code customer/search} finds the customer again ({@code metadata['erp_id']:'C-1001'}).
 *
 * <pre>
 * new CustomerRequest().email("ana@example.com").name("Ana Lima").metadata("erp_id", "C-1001")
 * </pre>
 */
public final class CustomerRequest extends AbstractRequest<CustomerRequest> {

    public CustomerRequest email(String email) {
        return param("email", email);
    }

    public CustomerRequest name(String name) {
        return param("name", name);
    }

    public CustomerRequest phone(String phone) {
        return param("phone", phone);
    }

    public CustomerRequest description(String description) {
        return param("description", description);
    }

    /** The postal address; {@code country} is the two-letter ISO code. */
    public CustomerRequest address(String line1, String city, String postalCode, String country) {
        nested("address").put("line1", line1);
        nested("address").put("city", city);
        nested("address").put("postal_code", postalCode);
        nested("address").put("country", country);
        return this;
    }
}
