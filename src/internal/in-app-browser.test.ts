import { expect } from '@open-wc/testing';
import { detectBridge, type BridgeWindow } from '../embed/bridges.js';
import { androidIntentUrl, detectInAppBrowser, hasNativeBridge } from './in-app-browser.js';

const IOS = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)';
const WV =
  'Mozilla/5.0 (Linux; Android 14; SM-S911B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.43 Mobile Safari/537.36';

// User agents as the apps send them (the app's own tokens appended to the system web view's).
const IN_APP: [string, string, 'ios' | 'android'][] = [
  [
    'Facebook',
    `${IOS} Mobile/15E148 [FBAN/FBIOS;FBAV/442.0.0.40.111;FBBV/550052862;FBDV/iPhone14,2;FBMD/iPhone;FBSN/iOS;FBSV/17.1.2;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5;FBRV/0]`,
    'ios',
  ],
  ['Facebook', `${WV} [FB_IAB/FB4A;FBAV/443.0.0.31.110;]`, 'android'],
  [
    'Messenger',
    `${IOS} Mobile/15E148 [FBAN/MessengerForiOS;FBAV/435.0.0.33.115;FBBV/529329044;FBDV/iPhone13,2;FBMD/iPhone;FBSN/iOS;FBSV/17.0.3;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5]`,
    'ios',
  ],
  ['Messenger', `${WV} [FB_IAB/Orca-Android;FBAV/438.0.0.38.118;]`, 'android'],
  [
    'Instagram',
    `${IOS} Mobile/15E148 Instagram 309.1.1.28.108 (iPhone14,5; iOS 17_1_2; en_US; en; scale=3.00; 1170x2532; 536988435)`,
    'ios',
  ],
  [
    'Instagram',
    `${WV} Instagram 309.0.0.40.113 Android (34/14; 480dpi; 1080x2340; samsung; SM-S911B; dm1q; qcom; en_GB; 541635890)`,
    'android',
  ],
  [
    'Threads',
    `${IOS} Mobile/15E148 Barcelona 289.0.0.77.109 (iPhone15,3; iOS 17_0_3; en_US; en; scale=3.00; 1290x2796; 485998656)`,
    'ios',
  ],
  [
    'TikTok',
    `${IOS} Mobile/15E148 musical_ly_32.5.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/en Region/US ByteFullLocale/en isDarkMode/0 WKWebView/1 RevealType/Dialog BytedanceWebview/d8a21c6`,
    'ios',
  ],
  [
    'TikTok',
    `${WV} trill_310503 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/trill app_version/31.5.3 ByteLocale/en ByteFullLocale/en Region/IN AppId/1180 Spark/1.4.6.3-bugfix AppVersion/31.5.3 BytedanceWebview/d8a21c6`,
    'android',
  ],
  ['LinkedIn', `${IOS} Mobile/15E148 [LinkedInApp]/9.29.6917`, 'ios'],
  ['LinkedIn', `${WV} [LinkedInApp]/4.1.881`, 'android'],
  ['Snapchat', `${IOS} Mobile/15E148 Snapchat/12.62.0.34 (like Safari/8617.2.4.10.8, panda)`, 'ios'],
  ['Snapchat', `${WV} Snapchat/12.60.0.43 (SM-S911B; Android 14#S911BXXU1BWK4#34; gzip; )`, 'android'],
  ['Pinterest', `${IOS} Mobile/15E148 [Pinterest/iOS]`, 'ios'],
  ['LINE', `${IOS} Mobile/15E148 Safari Line/13.21.0`, 'ios'],
  ['LINE', `${WV} Line/13.20.2/IAB`, 'android'],
  ['WeChat', `${IOS} Mobile/15E148 MicroMessenger/8.0.44(0x18002c2a) NetType/WIFI Language/zh_CN`, 'ios'],
  [
    'WeChat',
    `${WV} XWEB/1110017 MMWEBSDK/20231002 MMWEBID/2585 MicroMessenger/8.0.43.2480(0x28002B51) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64`,
    'android',
  ],
  ['KakaoTalk', `${IOS} Mobile/15E148 KAKAOTALK 10.4.3`, 'ios'],
];

// Real browsers, and the plain web views an integrator's own app uses: never flagged.
const NOT_IN_APP: [string, string][] = [
  ['Safari on iPhone', `${IOS} Version/17.1 Mobile/15E148 Safari/604.1`],
  ['Chrome on iPhone', `${IOS} CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1`],
  [
    'Chrome on Android',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  ],
  [
    'Samsung Internet',
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
  ],
  ['Firefox on Android', 'Mozilla/5.0 (Android 14; Mobile; rv:121.0) Gecko/121.0 Firefox/121.0'],
  ['Firefox on Linux', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'],
  [
    'Chrome on Linux',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  ],
  [
    'Edge on Windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
  ],
  ['Google app on iPhone', `${IOS} GSA/296.0.592405220 Mobile/15E148 Safari/604.1`],
  ['an integrator’s iOS app (WKWebView)', `${IOS} Mobile/15E148`],
  ['an integrator’s Android, React Native or Flutter app (WebView)', WV],
];

describe('in-app browsers', () => {
  for (const [name, ua, os] of IN_APP) {
    it(`${name} on ${os === 'ios' ? 'iOS' : 'Android'}`, () => {
      expect(detectInAppBrowser(ua)).to.deep.equal({
        app: name === 'LINE' ? 'line' : name.toLowerCase(),
        name,
        os,
      });
    });
  }
  for (const [name, ua] of NOT_IN_APP) {
    it(`not flagged: ${name}`, () => {
      expect(detectInAppBrowser(ua)).to.equal(null);
    });
  }

  it('an Android intent link opens the same address in the default browser, falling back to it', () => {
    const href = 'https://verify.example.com/verify/vft_abc?lang=fr#x';
    const intent = androidIntentUrl(href)!;
    expect(intent.startsWith('intent://verify.example.com/verify/vft_abc?lang=fr#Intent;scheme=https;')).to.equal(true);
    expect(intent).to.include(`S.browser_fallback_url=${encodeURIComponent(href)};`);
    expect(intent.endsWith(';end')).to.equal(true);
    expect(androidIntentUrl('javascript:alert(1)')).to.equal(null);
    expect(androidIntentUrl('not a url')).to.equal(null);
  });
});

describe('an integrator’s own app', () => {
  it('every documented native bridge is recognised (the same ones detectBridge attaches to)', () => {
    const post = () => undefined;
    const wins: BridgeWindow[] = [
      { ReactNativeWebView: { postMessage: post } },
      { webkit: { messageHandlers: { verilock: { postMessage: post } } } },
      { flutter_inappwebview: { callHandler: post } },
      { VerilockFlutter: { postMessage: post } },
      { VerilockAndroid: { postMessage: post } },
    ];
    for (const win of wins) {
      const { mode, bridge } = detectBridge(win, { flutterPlatformReady: true });
      bridge?.dispose();
      expect(mode, JSON.stringify(Object.keys(win))).to.not.be.oneOf(['none', 'iframe']);
      expect(hasNativeBridge(win), JSON.stringify(Object.keys(win))).to.equal(true);
    }
  });

  it('no bridge: a plain page, another app’s webkit handler, a hostile getter', () => {
    expect(hasNativeBridge({})).to.equal(false);
    expect(hasNativeBridge({ webkit: { messageHandlers: {} } })).to.equal(false);
    const hostile = {} as BridgeWindow;
    Object.defineProperty(hostile, 'ReactNativeWebView', {
      get() {
        throw new Error('no');
      },
    });
    expect(hasNativeBridge(hostile)).to.equal(false);
  });
});
