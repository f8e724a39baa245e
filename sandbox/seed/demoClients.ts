// The demo's 30 clients, in id order. No name contains HTML-special characters (<, >, &).

export interface DemoClient {
  name: string;
  city: string;
  country: string;
  /** Calling code for phone numbers. */
  dial: string;
  domain: string;
  /** Which name pool most of its contacts come from (see demoPeople.ts). */
  people: string;
}

const c = (name: string, city: string, country: string, dial: string, domain: string, people: string): DemoClient => ({
  name,
  city,
  country,
  dial,
  domain,
  people,
});

export const DEMO_CLIENTS: readonly DemoClient[] = [
  c('Acme Corporation', 'Springfield', 'United States', '+1', 'acme.example', 'en'),
  c('Nordlicht Design GmbH', 'Hamburg', 'Germany', '+49', 'nordlicht.example', 'de'),
  c('Café Lumière SARL', 'Lyon', 'France', '+33', 'cafe-lumiere.example', 'fr'),
  c('Sakura Digital K.K.', 'Tokyo', 'Japan', '+81', 'sakura-digital.example', 'ja'),
  c('Andes Coffee Traders', 'Bogotá', 'Colombia', '+57', 'andescoffee.example', 'es'),
  c('Fjord Analytics AS', 'Bergen', 'Norway', '+47', 'fjord-analytics.example', 'nordic'),
  c('Bright Harbor Media', 'Sydney', 'Australia', '+61', 'brightharbor.example', 'en'),
  c('Zürich Precision AG', 'Zürich', 'Switzerland', '+41', 'zuerich-precision.example', 'de'),
  c('Lagos Fintech Hub', 'Lagos', 'Nigeria', '+234', 'lagosfintech.example', 'ng'),
  c('Maple Leaf Outfitters', 'Toronto', 'Canada', '+1', 'mapleleaf.example', 'en'),
  c('Vila Verde Arquitetura', 'Porto', 'Portugal', '+351', 'vilaverde.example', 'pt'),
  c('Kraków Software House', 'Kraków', 'Poland', '+48', 'krakow-software.example', 'pl'),
  c('Mumbai Spice Exports', 'Mumbai', 'India', '+91', 'mumbaispice.example', 'in'),
  c('Seoul Motion Studio', 'Seoul', 'South Korea', '+82', 'seoulmotion.example', 'ko'),
  c('Aurora Health Clinics', 'Helsinki', 'Finland', '+358', 'aurorahealth.example', 'nordic'),
  c('Desert Rose Hospitality', 'Dubai', 'United Arab Emirates', '+971', 'desertrose.example', 'ar'),
  c('Green Valley Farms', 'Napa', 'United States', '+1', 'greenvalley.example', 'es'),
  c('Atelier Dubois', 'Brussels', 'Belgium', '+32', 'atelier-dubois.example', 'fr'),
  c('Istanbul Textile Co.', 'Istanbul', 'Turkey', '+90', 'istanbultextile.example', 'tr'),
  c('Patagonia Expeditions', 'Ushuaia', 'Argentina', '+54', 'patagonia-exp.example', 'es'),
  c('Blue Danube Events', 'Vienna', 'Austria', '+43', 'bluedanube.example', 'de'),
  c('Čapek Robotics s.r.o.', 'Prague', 'Czech Republic', '+420', 'capek-robotics.example', 'cz'),
  c('Nile Logistics', 'Cairo', 'Egypt', '+20', 'nilelogistics.example', 'ar'),
  c('Kiwi Creative Ltd', 'Wellington', 'New Zealand', '+64', 'kiwicreative.example', 'en'),
  c('São Paulo Marketing', 'São Paulo', 'Brazil', '+55', 'sp-marketing.example', 'pt'),
  c('Hanoi Craft Collective', 'Hanoi', 'Vietnam', '+84', 'hanoicraft.example', 'vi'),
  c('Cape Town Surf Co.', 'Cape Town', 'South Africa', '+27', 'capetownsurf.example', 'en'),
  c('Old Town Printing', 'Edinburgh', 'United Kingdom', '+44', 'oldtownprinting.example', 'en'),
  c('Retro Arcade Ltd', 'Manchester', 'United Kingdom', '+44', 'retroarcade.example', 'en'),
  c('Sunset Video Rentals', 'Los Angeles', 'United States', '+1', 'sunsetvideo.example', 'zh'),
];

/** The archived clients (1-based ids): the last three. */
export const ARCHIVED_CLIENT_IDS: readonly number[] = [28, 29, 30];
