package org.replyarchive.model;

/**
 * What a Chinese government website shows in its masthead and footer, from {@code site.yaml}; each is null when
 * the site does not configure it, and then nothing of it is shown (none is ever made up).
 *
 * @param organizer the 主办单位, in both languages
 * @param contact how to reach the site's office (address, telephone, e-mail), in both languages
 * @param siteCode the 网站标识码 the government-website registry gives
 * @param icp the ICP 备案 number (e.g. 吉ICP备05002121号)
 * @param emblem the site path of the department's emblem image, under {@code assets/}, for the masthead
 * @param reportError the address of the 我要纠错 (report an error) form
 */
public record SiteContacts(
        Localized<String> organizer, Localized<String> contact, String siteCode, String icp, String emblem,
        String reportError) {

    /** A site that configures none of them. */
    public static final SiteContacts NONE = new SiteContacts(null, null, null, null, null, null);
}
