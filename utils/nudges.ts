import type { Nudge } from './nudge';

/** The starter library: original micro-moments written for Still Us. */
export const nudges: readonly Nudge[] = [
  // Reassurance
  {
    id: 'reassurance-still-a-team',
    category: 'reassurance',
    text: 'Say to {partner}: “We’re still a team, even on the messy days.”',
  },
  {
    id: 'reassurance-good-parent',
    category: 'reassurance',
    text: 'Tell {partner}: “You’re a really good parent. I see how hard you’re trying.”',
  },
  {
    id: 'reassurance-still-see-you',
    category: 'reassurance',
    text: 'Say to {partner}: “I still see you in there, not just the tired parent. I like you a lot.”',
  },
  {
    id: 'reassurance-doing-it-together',
    category: 'reassurance',
    text: 'Say to {partner}: “This part is hard, and we’re doing it together.”',
  },
  {
    id: 'reassurance-glad-its-you',
    category: 'reassurance',
    text: 'Say to {partner}: “If I have to be this tired, I’m glad it’s next to you.”',
  },
  {
    id: 'reassurance-more-than-enough',
    category: 'reassurance',
    text: 'Say to {partner}: “You’re doing enough. More than enough.”',
  },
  {
    id: 'reassurance-its-the-sleep',
    category: 'reassurance',
    text: 'Say to {partner}: “If we’re short with each other lately, it’s the sleep talking. It isn’t us.”',
  },
  {
    id: 'reassurance-text-proud-of-us',
    category: 'reassurance',
    text: 'Text {partner} something to reread later:',
    message: 'Hey {partner}, just wanted you to know I’m proud of us. Tired, but proud.',
  },
  {
    id: 'reassurance-text-thank-you',
    category: 'reassurance',
    text: 'Send {partner} a quiet thank-you:',
    message:
      'Thank you for everything you did today, the seen and the unseen. I noticed, {partner}.',
  },
  {
    id: 'reassurance-text-still-like-you',
    category: 'reassurance',
    text: 'A little reminder for {partner}, by text:',
    message: 'Somewhere between the feeds and the laundry: I still like you so much, {partner}.',
  },

  // Kind act
  {
    id: 'kind-act-refill-water',
    category: 'kind-act',
    text: 'Refill {partner}’s water bottle and leave it where they sit. No reason needed.',
  },
  {
    id: 'kind-act-next-wake-up',
    category: 'kind-act',
    text: 'Take the next night wake-up so {partner} can sleep straight through.',
  },
  {
    id: 'kind-act-charger-in-reach',
    category: 'kind-act',
    text: 'Put a phone charger within reach of the spot where {partner} usually feeds the baby.',
  },
  {
    id: 'kind-act-warm-drink',
    category: 'kind-act',
    text: 'Make {partner} a warm drink, just how they like it, and set it down quietly.',
  },
  {
    id: 'kind-act-one-handed-snack',
    category: 'kind-act',
    text: 'Bring {partner} a snack they can eat one-handed.',
  },
  {
    id: 'kind-act-shower-cover',
    category: 'kind-act',
    text: 'Offer {partner} a long shower with the door closed while you cover the baby.',
  },
  {
    id: 'kind-act-couch-blanket',
    category: 'kind-act',
    text: 'If {partner} has dozed off on the couch, tuck a blanket over them and let them be.',
  },
  {
    id: 'kind-act-clear-their-spot',
    category: 'kind-act',
    text: 'Clear the clutter from the spot where {partner} likes to sit. Two minutes, tops.',
  },
  {
    id: 'kind-act-shoulder-squeeze',
    category: 'kind-act',
    text: 'Give {partner} a slow shoulder squeeze on your way past. Nothing else needed.',
  },
  {
    id: 'kind-act-morning-mug',
    category: 'kind-act',
    text: 'Set out {partner}’s favorite mug for the morning, ready to go.',
  },

  // Flirty text
  {
    id: 'flirty-text-little-spark',
    category: 'flirty-text',
    text: 'Send {partner} a little spark:',
    message:
      'Not to be dramatic, {partner}, but you looked really good holding the baby this morning.',
  },
  {
    id: 'flirty-text-still-a-crush',
    category: 'flirty-text',
    text: 'A text to make {partner} smile:',
    message: 'Still have a crush on you, {partner}. A sleep-deprived, spit-up-covered crush.',
  },
  {
    id: 'flirty-text-couch-date',
    category: 'flirty-text',
    text: 'Ask {partner} out, baby-shift edition:',
    message:
      'Hot date tonight? Couch, takeout, one episode, possibly asleep by nine. You in, {partner}?',
  },
  {
    id: 'flirty-text-night-shift-pick',
    category: 'flirty-text',
    text: 'For {partner}, from the night shift:',
    message: 'Of all the people to be awake at 3 a.m. with, I’d pick you every time, {partner}.',
  },
  {
    id: 'flirty-text-very-attractive',
    category: 'flirty-text',
    text: 'Send {partner} a cheeky one:',
    message: 'Quick reminder that you’re very attractive, {partner}. Carry on.',
  },
  {
    id: 'flirty-text-next-room',
    category: 'flirty-text',
    text: 'Tell {partner} you miss them, even from the next room:',
    message: 'I miss you, {partner}. Yes, you’re in the next room. Still counts.',
  },
  {
    id: 'flirty-text-first-date',
    category: 'flirty-text',
    text: 'Remind {partner} how it all started:',
    message: 'Thinking about our first date. I’d still say yes to you, {partner}.',
  },
  {
    id: 'flirty-text-kiss-iou',
    category: 'flirty-text',
    text: 'A playful IOU for {partner}:',
    message: 'You’re owed one long kiss, {partner}. Redeemable the moment the baby’s down.',
  },
  {
    id: 'flirty-text-still-got-it',
    category: 'flirty-text',
    text: 'Send {partner} a compliment to carry around:',
    message: 'Seeing you laugh today was the best part of my day. You’ve still got it, {partner}.',
  },
  {
    id: 'flirty-text-hold-hands',
    category: 'flirty-text',
    text: 'A small flirt for {partner}:',
    message:
      'Save me a spot on the couch tonight, {partner}. I plan to hold your hand and call it romance.',
  },

  // Send a laugh
  {
    id: 'send-a-laugh-accurate-meme',
    category: 'send-a-laugh',
    text: 'Find a painfully accurate baby-life meme and send it to {partner} with:',
    message: 'This made me think of us at 4 a.m. Too accurate?',
  },
  {
    id: 'send-a-laugh-funny-video',
    category: 'send-a-laugh',
    text: 'Share a funny video with {partner} and add:',
    message: 'Watch this when you get a second. It’s very us.',
  },
  {
    id: 'send-a-laugh-inside-joke',
    category: 'send-a-laugh',
    text: 'Bring back an old inside joke with {partner}:',
    message:
      'Just thought of that thing from before the baby and laughed out loud. You know the one, {partner}.',
  },
  {
    id: 'send-a-laugh-caption-contest',
    category: 'send-a-laugh',
    text: 'Snap the baby’s funniest face and send it to {partner} with:',
    message: 'Caption contest, {partner}. Winner gets the first shower.',
  },
  {
    id: 'send-a-laugh-field-report',
    category: 'send-a-laugh',
    text: 'Send {partner} a silly field report:',
    message:
      'Field report: baby fed, me tired, socks unmatched, morale surprisingly high. Over and out, {partner}.',
  },
  {
    id: 'send-a-laugh-goofy-old-photo',
    category: 'send-a-laugh',
    text: 'Dig up a goofy old photo of the two of you and send it to {partner}:',
    message: 'Look at these two. No idea what was coming. Still cute though, {partner}.',
  },
  {
    id: 'send-a-laugh-new-nickname',
    category: 'send-a-laugh',
    text: 'Give {partner} a ridiculous new nickname:',
    message: 'New nickname for you: Captain Burp Cloth. Wear it with pride, {partner}.',
  },
  {
    id: 'send-a-laugh-nap-commentary',
    category: 'send-a-laugh',
    text: 'Turn the nap into sports commentary for {partner}:',
    message: 'And the baby is DOWN. The crowd goes silent. Nobody move, {partner}.',
  },
  {
    id: 'send-a-laugh-funniest-thing',
    category: 'send-a-laugh',
    text: 'Send {partner} the funniest thing you’ve seen today, no comment needed.',
  },
  {
    id: 'send-a-laugh-day-in-a-gif',
    category: 'send-a-laugh',
    text: 'Send {partner} one GIF that sums up your day, and nothing else.',
  },

  // Check-in
  {
    id: 'check-in-how-are-you-feeling',
    category: 'check-in',
    text: 'Ask {partner}, and really listen: “How are you feeling today?”',
  },
  {
    id: 'check-in-high-and-low',
    category: 'check-in',
    text: 'Ask {partner} for their high and low of the day:',
    message: 'What was the best part of your day, and the hardest? I want to hear both, {partner}.',
  },
  {
    id: 'check-in-really-you',
    category: 'check-in',
    text: 'Text {partner} a gentle check-in:',
    message: 'How are you doing, really? Not the baby, not the house. You, {partner}.',
  },
  {
    id: 'check-in-one-word',
    category: 'check-in',
    text: 'Ask {partner} for just one word:',
    message: 'One word for how you’re feeling right now? No wrong answers, {partner}.',
  },
  {
    id: 'check-in-felt-closest',
    category: 'check-in',
    text: 'Ask {partner} something closer:',
    message: 'When did you feel closest to me this week, {partner}? I’d love to know.',
  },
  {
    id: 'check-in-heart-weather',
    category: 'check-in',
    text: 'Try a weather-report check-in with {partner}:',
    message:
      'Weather report for your heart today, {partner}? Sunny, foggy, or stormy with a chance of naps?',
  },
  {
    id: 'check-in-missing-anything',
    category: 'check-in',
    text: 'Make space for {partner} to miss the old days:',
    message:
      'Anything you’re missing about life before the baby? It’s okay to miss it. I’d like to hear, {partner}.',
  },
  {
    id: 'check-in-feel-like-you',
    category: 'check-in',
    text: 'Ask {partner} what would feel good:',
    message:
      'What’s one small thing that would help you feel more like yourself this week, {partner}?',
  },
  {
    id: 'check-in-sixty-seconds',
    category: 'check-in',
    text: 'Sit next to {partner} for sixty seconds and ask: “What’s on your heart right now?”',
  },
  {
    id: 'check-in-felt-proud',
    category: 'check-in',
    text: 'Ask {partner} something warm:',
    message: 'What’s something you felt proud of this week, {partner}? Big or tiny.',
  },
];
