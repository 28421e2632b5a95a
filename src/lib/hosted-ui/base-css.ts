/**
 * The classic hosted page's own look: the Bootstrap 3 rules its markup relies on, then AWS's
 * default values for the customizable classes (AWS's CSS template). A customization is applied
 * after this, so its rules win.
 */
const layout = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 14px; line-height: 1.42857143; color: #333; background-color: #fafafa; }
a { color: #337ab7; text-decoration: none; }
a:hover, a:focus { color: #23527c; text-decoration: underline; }
h1, h2, h3 { font-weight: 500; line-height: 1.1; margin: 10px 0; }
h2 { font-size: 20px; }
hr { margin: 20px 0; border: 0; border-top: 1px solid #eee; }
ul { padding-left: 0; list-style: none; margin: 0 0 10px; }
label { display: inline-block; max-width: 100%; margin-bottom: 5px; }
center { display: block; text-align: center; }
.container { padding: 0 15px; margin: 0 auto; }
.modal-dialog { width: auto; max-width: 350px; margin: 10px auto; }
@media (min-width: 768px) { .modal-dialog { margin: 30px auto; } }
.modal-content { position: relative; border: 1px solid rgba(0, 0, 0, 0.2); border-radius: 6px; box-shadow: 0 5px 15px rgba(0, 0, 0, 0.5); background-clip: padding-box; outline: 0; overflow: hidden; }
.modal-body { position: relative; padding: 15px; }
.form-control { display: block; padding: 6px 12px; font-size: 14px; line-height: 1.42857143; border-radius: 4px; box-shadow: inset 0 1px 1px rgba(0, 0, 0, 0.075); margin-bottom: 10px; }
.form-control:focus { box-shadow: inset 0 1px 1px rgba(0, 0, 0, 0.075), 0 0 8px rgba(102, 175, 233, 0.6); }
.btn { display: inline-block; padding: 6px 12px; font-size: 14px; line-height: 1.42857143; text-align: center; white-space: nowrap; vertical-align: middle; cursor: pointer; border: 1px solid transparent; border-radius: 4px; }
.btn-primary { border-color: #2e6da4; }
.login-or { position: relative; color: #aaa; margin: 10px 0; padding: 10px 0; }
.hr-or { height: 1px; margin: 8px 0; }
.span-or { display: block; position: absolute; left: 50%; top: 0; margin-left: -25px; width: 50px; text-align: center; }
.social-button-label { font-weight: 500; }
.google-button { color: #555; background-color: #fff; border-color: #ddd; }
.facebook-button { color: #fff; background-color: #3b5998; }
.amazon-button { color: #111; background-color: #ff9900; }
.apple-button { color: #fff; background-color: #000; }
.passwordCheck { margin: 0 0 10px; font-size: 13px; }
.passwordCheck li { margin: 2px 0; }
.passwordCheck .check-mark { display: inline-block; width: 1.5em; }
.errorMessage-customizable { margin: 0 0 10px 0; }
.redirect-customizable { display: block; margin: 10px 0; }
.textDescription-customizable, .idpDescription-customizable { margin-bottom: 5px; }
`;

/** AWS's defaults for the customizable classes (the CSS template of the classic hosted UI). */
export const awsDefaultCustomizationCss = `
.logo-customizable { max-width: 100%; max-height: 100%; }
.banner-customizable { padding: 25px 0px 25px 0px; background-color: lightgray; }
.label-customizable { font-weight: 400; }
.textDescription-customizable { padding-top: 10px; padding-bottom: 10px; display: block; font-size: 16px; }
.idpDescription-customizable { padding-top: 10px; padding-bottom: 10px; display: block; font-size: 16px; }
.legalText-customizable { color: #747474; font-size: 11px; }
.submitButton-customizable { font-size: 14px; font-weight: bold; margin: 20px 0px 10px 0px; height: 40px; width: 100%; color: #fff; background-color: #337ab7; }
.submitButton-customizable:hover { color: #fff; background-color: #286090; }
.errorMessage-customizable { padding: 5px; font-size: 14px; width: 100%; background: #F5F5F5; border: 2px solid #D64958; color: #D64958; }
.inputField-customizable { width: 100%; height: 34px; color: #555; background-color: #fff; border: 1px solid #ccc; }
.inputField-customizable:focus { border-color: #66afe9; outline: 0; }
.idpButton-customizable { height: 40px; width: 100%; text-align: center; margin-bottom: 15px; color: #fff; background-color: #5bc0de; border-color: #46b8da; }
.idpButton-customizable:hover { color: #fff; background-color: #31b0d5; }
.socialButton-customizable { height: 40px; text-align: left; width: 100%; margin-bottom: 15px; }
.redirect-customizable { text-align: center; }
.passwordCheck-notValid-customizable { color: #DF3312; }
.passwordCheck-valid-customizable { color: #19BF00; }
.background-customizable { background-color: #fff; }
`;

export const hostedPageBaseCss = layout + awsDefaultCustomizationCss;
